import type { PersonDetail } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { withdrawConsentAction } from '@/app/(app)/cases/people/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConsentForm } from './consent-form';

/**
 * Consents, latest first: what was agreed, in which language it was explained, when and by whom. A
 * withdrawn consent stays listed. Contacts kept after `store_contact` ended are pointed out.
 */
export function ConsentsPanel({ person, canWrite }: { person: PersonDetail; canWrite: boolean }) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const format = useFormatter();
  const consents = [...person.consents].sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime());
  const contactsWithoutConsent =
    person.personalFieldsSet.includes('contacts') && !person.consentScopes.includes('store_contact');
  return (
    <Card title={t('consentsTitle')}>
      <div className="flex flex-col gap-3">
        <p className="text-sm" data-testid="consent-in-force">
          {person.consentScopes.length > 0
            ? t('inForce', {
                scopes: person.consentScopes.map((scope) => te(`consentScope.${scope}`)).join(', '),
              })
            : t('noneInForce')}
        </p>
        {contactsWithoutConsent ? <Alert tone="warning">{t('contactsWithoutConsent')}</Alert> : null}
        <ul className="flex flex-col gap-2">
          {consents.map((consent) => (
            <li
              key={consent.id}
              className="flex flex-col gap-1 rounded-md border border-line p-3 text-sm"
              data-testid="consent"
            >
              <div className="flex flex-wrap gap-1">
                {consent.scopes.map((scope) => (
                  <Badge key={scope} tone={consent.withdrawnAt ? 'neutral' : 'success'}>
                    {te(`consentScope.${scope}`)}
                  </Badge>
                ))}
              </div>
              <p>
                {t('consentGiven', {
                  at: format.dateTime(consent.givenAt, { dateStyle: 'medium' }),
                  language: consent.language,
                  who: consent.explainedBy?.displayName ?? t('someone'),
                })}
              </p>
              {consent.withdrawnAt ? (
                <p className="font-semibold text-warning">
                  {t('withdrawnOn', { at: format.dateTime(consent.withdrawnAt, { dateStyle: 'medium' }) })}
                </p>
              ) : canWrite ? (
                <ConfirmAction
                  action={withdrawConsentAction}
                  triggerLabel={t('withdraw')}
                  title={t('withdrawTitle')}
                  body={t('withdrawBody')}
                  confirmLabel={t('withdraw')}
                  variant="danger"
                  hiddenFields={{ personId: person.id, consentId: consent.id }}
                  testId="withdraw-consent"
                />
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite ? <ConsentForm personId={person.id} /> : null}
      </div>
    </Card>
  );
}
