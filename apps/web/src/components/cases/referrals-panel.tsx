import type { CaseDetail } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { ReferralForm, ReferralStatusForm, type PartnerChoice } from './referral-forms';

/** Referrals to partner organisations, and whether each shares personal data. */
export function ReferralsPanel({
  record,
  partners,
  consentCovers,
  canWrite,
}: {
  record: CaseDetail;
  partners: PartnerChoice[] | null;
  /** Whether the person's consent in force covers sharing with partners; null when unknown. */
  consentCovers: boolean | null;
  canWrite: boolean;
}) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  const format = useFormatter();
  return (
    <Card title={t('referralsTitle')}>
      <div className="flex flex-col gap-3">
        {record.referrals.length === 0 ? <p className="text-ink-soft">{t('noReferrals')}</p> : null}
        <ul className="flex flex-col gap-2">
          {record.referrals.map((referral) => (
            <li
              key={referral.id}
              className="flex flex-col gap-2 rounded-md border border-line p-3"
              data-testid="referral"
            >
              <p className="font-semibold" dir="auto">
                {referral.partner.name}{' '}
                <span className="font-normal text-ink-soft">
                  ({te(`partnerKind.${referral.partner.kind}` as 'partnerKind.ngo')})
                </span>
              </p>
              <p className="text-sm">
                {te(`referralStatus.${referral.status}`)} ·{' '}
                {referral.sharesPersonalData ? t('sharesData') : t('noDataShared')} ·{' '}
                {format.dateTime(referral.createdAt, { dateStyle: 'medium' })}
                {referral.createdBy ? ` · ${referral.createdBy.displayName}` : null}
              </p>
              <p className="text-sm whitespace-pre-line" dir="auto">
                {referral.reason}
              </p>
              {canWrite ? (
                <ReferralStatusForm caseId={record.id} referralId={referral.id} status={referral.status} />
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite && partners && partners.length > 0 ? (
          <ReferralForm caseId={record.id} partners={partners} consentCovers={consentCovers} />
        ) : null}
        {canWrite && partners?.length === 0 ? (
          <p className="text-sm text-ink-soft">{t('noPartners')}</p>
        ) : null}
      </div>
    </Card>
  );
}
