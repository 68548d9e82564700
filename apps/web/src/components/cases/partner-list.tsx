import type { partnerViewSchema } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { FoldMarker } from '@/components/ui/fold-marker';
import { PartnerForm } from './partner-form';

type Partner = z.output<typeof partnerViewSchema>;

/** The directory: partner organisations and solicitors, with restricted notes only when the API sent them. */
export function PartnerList({ partners, canManage }: { partners: Partner[]; canManage: boolean }) {
  const t = useTranslations('caseDirectory');
  const te = useTranslations('caseEnums');
  if (partners.length === 0) return <p className="text-ink-soft">{t('none')}</p>;
  return (
    <ul className="grid gap-3 lg:grid-cols-2" data-testid="partner-list">
      {partners.map((partner) => (
        <li
          key={partner.id}
          className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4"
          data-testid="partner"
          data-name={partner.name}
        >
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-bold" dir="auto">
              {partner.name}
            </h2>
            <Badge tone="info">{te(`partnerKind.${partner.kind}`)}</Badge>
            {partner.takesLegalAid ? <Badge tone="success">{t('legalAid')}</Badge> : null}
            {!partner.active ? <Badge>{t('inactive')}</Badge> : null}
          </div>
          {partner.languages.length > 0 ? (
            <p className="text-sm">
              <span className="font-semibold">{t('languages')}:</span> {partner.languages.join(', ')}
            </p>
          ) : null}
          {partner.contact ? (
            <p className="text-sm whitespace-pre-line" dir="auto">
              {partner.contact}
            </p>
          ) : null}
          {partner.notes ? (
            <div
              className="rounded-md border-s-4 border-warning bg-warning-soft p-2 text-sm"
              data-testid="partner-notes"
            >
              <p className="font-semibold">{t('restrictedNotes')}</p>
              <p className="whitespace-pre-line" dir="auto">
                {partner.notes}
              </p>
            </div>
          ) : null}
          {canManage ? (
            <details className="group">
              <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-brand">
                <FoldMarker />
                {t('edit')}
              </summary>
              <PartnerForm partner={partner} />
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
