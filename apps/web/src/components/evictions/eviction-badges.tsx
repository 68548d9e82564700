import { useTranslations } from 'next-intl';
import { Badge, type Tone } from '@/components/ui/badge';
import type { EvictionRow } from '@/lib/evictions/rows';

const STATUS_TONES: Record<EvictionRow['status'], Tone> = {
  draft: 'warning',
  submitted: 'info',
  reviewed: 'success',
};
const LEGAL_TONES: Record<EvictionRow['legalBasis'], Tone> = {
  order_shown: 'neutral',
  none_shown: 'danger',
  unknown: 'neutral',
};

export function EvictionStatusBadge({ status }: { status: EvictionRow['status'] }) {
  const t = useTranslations('evictionEnums');
  return <Badge tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Badge>;
}

/** "No order shown" stands out: it is what a court will ask about first. */
export function LegalBasisBadge({ basis }: { basis: EvictionRow['legalBasis'] }) {
  const t = useTranslations('evictionEnums');
  return <Badge tone={LEGAL_TONES[basis]}>{t(`legalBasis.${basis}`)}</Badge>;
}
