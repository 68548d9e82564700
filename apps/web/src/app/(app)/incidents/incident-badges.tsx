import { useTranslations } from 'next-intl';
import { Badge, type Tone } from '@/components/ui/badge';

const TONES = { unverified: 'neutral', corroborated: 'info', verified: 'success' } as const satisfies Record<
  string,
  Tone
>;

export function VerificationBadge({ status }: { status: keyof typeof TONES }) {
  const t = useTranslations('incidentEnums');
  return <Badge tone={TONES[status]}>{t(`verification.${status}`)}</Badge>;
}

/** A camera: the record has photos, video, audio or documents attached. */
export function MediaIcon({ label }: { label: string }) {
  return (
    <span title={label} className="inline-flex text-ink">
      <svg
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M4 7h3l2-3h6l2 3h3v12H4z" strokeLinejoin="round" />
        <circle cx="12" cy="13" r="3.5" />
      </svg>
      <span className="sr-only">{label}</span>
    </span>
  );
}
