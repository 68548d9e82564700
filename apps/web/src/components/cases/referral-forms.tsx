'use client';

import { useTranslations } from 'next-intl';
import { REFERRAL_STATUSES } from '@vigil/contracts/enums';
import { createReferralAction, updateReferralAction } from '@/app/(app)/cases/[id]/task-actions';
import { Checkbox } from '@/components/ui/checkbox';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ActionForm } from './action-form';

export interface PartnerChoice {
  id: string;
  name: string;
  kind: string;
}

/**
 * Refers the case to a partner. Sharing personal data needs the person's consent to it; without it
 * the API refuses and its reason is shown beside the box.
 */
export function ReferralForm({
  caseId,
  partners,
  consentCovers,
}: {
  caseId: string;
  partners: PartnerChoice[];
  consentCovers: boolean | null;
}) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  return (
    <ActionForm
      action={createReferralAction}
      hidden={{ caseId }}
      title={t('addReferral')}
      submitLabel={t('addReferralSubmit')}
      testId="referral-form"
    >
      {({ error, typed }) => (
        <>
          <Select
            name="partnerId"
            id="referral-partnerId"
            label={t('partner')}
            defaultValue={typed('partnerId') ?? ''}
            error={error('partnerId')}
            options={[
              { value: '', label: t('choosePartner') },
              ...partners.map((partner) => ({
                value: partner.id,
                label: `${partner.name} (${te(`partnerKind.${partner.kind}` as 'partnerKind.ngo')})`,
              })),
            ]}
          />
          <div>
            <Checkbox
              id="referral-sharesPersonalData"
              name="sharesPersonalData"
              label={t('sharesPersonalData')}
              defaultChecked={typed('sharesPersonalData') === 'on'}
            />
            <p className="text-sm text-ink-soft">
              {consentCovers === false ? t('consentMissing') : t('consentRule')}
            </p>
            {/* The API's refusal names the missing consent scope; say it in the reader's language. */}
            {error('sharesPersonalData') ? (
              <p className="text-sm font-medium text-danger" role="alert" data-testid="consent-refused">
                {t('consentRefused')}
              </p>
            ) : null}
          </div>
          <Textarea
            name="reason"
            id="referral-reason"
            label={t('referralReason')}
            defaultValue={typed('reason')}
            error={error('reason')}
            maxLength={1_000}
            required
            dir="auto"
          />
        </>
      )}
    </ActionForm>
  );
}

export function ReferralStatusForm({
  caseId,
  referralId,
  status,
}: {
  caseId: string;
  referralId: string;
  status: string;
}) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  return (
    <ActionForm
      action={updateReferralAction}
      hidden={{ caseId, referralId }}
      submitLabel={t('saveReferralStatus')}
      testId="referral-status-form"
      variant="secondary"
      className="flex flex-wrap items-end gap-2"
    >
      {({ error }) => (
        <div className="min-w-40 flex-1">
          <Select
            name="status"
            id={`referral-status-${referralId}`}
            label={t('referralStatus')}
            defaultValue={status}
            error={error('status')}
            options={REFERRAL_STATUSES.map((value) => ({ value, label: te(`referralStatus.${value}`) }))}
          />
        </div>
      )}
    </ActionForm>
  );
}
