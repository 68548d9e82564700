import type { accessGrantListResponseSchema } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { removeGrantAction } from '@/app/(app)/cases/people/[id]/actions';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { GrantForm } from './grant-form';

type Grant = z.output<typeof accessGrantListResponseSchema>['grants'][number];

/** Coordinators keep the access list of a person carrying a sensitivity flag. */
export function GrantsPanel({
  personId,
  grants,
  members,
}: {
  personId: string;
  grants: Grant[] | null;
  members: readonly { id: string; displayName: string }[];
}) {
  const t = useTranslations('casePerson');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const listed = new Set(grants?.map((grant) => grant.user.id));
  return (
    <Card title={t('grantsTitle')} description={t('grantsIntro')}>
      <div className="flex flex-col gap-3">
        {grants === null ? <p className="text-ink-soft">{t('unavailable')}</p> : null}
        {grants?.length === 0 ? <p className="text-ink-soft">{t('noGrants')}</p> : null}
        <ul className="flex flex-col gap-2" data-testid="grant-list">
          {(grants ?? []).map((grant) => (
            <li
              key={grant.user.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-line p-3 text-sm"
            >
              <div className="flex flex-col gap-1">
                <p className="font-semibold">
                  {grant.user.displayName} ·{' '}
                  {tr.has(grant.user.role as 'admin') ? tr(grant.user.role as 'admin') : grant.user.role}
                </p>
                <p dir="auto">{grant.reason}</p>
                <p className="text-ink-soft">
                  {t('grantedBy', {
                    who: grant.grantedBy?.displayName ?? t('someone'),
                    at: format.dateTime(grant.grantedAt, { dateStyle: 'medium' }),
                  })}
                </p>
              </div>
              <ConfirmAction
                action={removeGrantAction}
                triggerLabel={t('removeGrant')}
                title={t('removeGrantTitle', { name: grant.user.displayName })}
                body={t('removeGrantBody')}
                confirmLabel={t('removeGrant')}
                variant="danger"
                hiddenFields={{ personId, userId: grant.user.id }}
              />
            </li>
          ))}
        </ul>
        <GrantForm personId={personId} members={members.filter((member) => !listed.has(member.id))} />
      </div>
    </Card>
  );
}
