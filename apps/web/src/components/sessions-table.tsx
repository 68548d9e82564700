import type { SessionView } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { Table, Td, Th } from '@/components/ui/table';
import type { FormState } from '@/lib/form-state';
import { describeUserAgent } from '@/lib/user-agent';

interface SessionsTableProps {
  sessions: SessionView[];
  /** Omitted where sessions can only be revoked all at once (an admin looking at someone else). */
  revokeAction?: (state: FormState, formData: FormData) => Promise<FormState>;
}

export async function SessionsTable({ sessions, revokeAction }: SessionsTableProps) {
  const t = await getTranslations('sessions');
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  if (sessions.length === 0) return <p className="text-ink-soft">{t('none')}</p>;
  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <Th>{t('device')}</Th>
          <Th>{t('started')}</Th>
          <Th>{t('lastSeen')}</Th>
          <Th>{t('ends')}</Th>
          {revokeAction ? (
            <Th>
              <span className="sr-only">{t('actions')}</span>
            </Th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => {
          const ends =
            session.idleExpiresAt < session.absoluteExpiresAt
              ? session.idleExpiresAt
              : session.absoluteExpiresAt;
          return (
            <tr
              key={session.id}
              data-testid="session-row"
              data-current={session.current ? 'true' : undefined}
            >
              <Td>
                <div className="flex flex-wrap items-center gap-2">
                  <span>{describeUserAgent(session.userAgent) ?? t('unknownDevice')}</span>
                  {session.current ? <Badge tone="info">{t('current')}</Badge> : null}
                  {session.scope === 'mfa_enrolment' ? (
                    <Badge tone="warning">{t('enrolmentOnly')}</Badge>
                  ) : null}
                </div>
              </Td>
              <Td className="whitespace-nowrap">{when(session.createdAt)}</Td>
              <Td className="whitespace-nowrap">{when(session.lastSeenAt)}</Td>
              <Td className="whitespace-nowrap">{when(ends)}</Td>
              {revokeAction ? (
                <Td>
                  <ConfirmAction
                    action={revokeAction}
                    variant={session.current ? 'danger' : 'secondary'}
                    triggerLabel={session.current ? t('signOutHere') : t('revoke')}
                    title={session.current ? t('signOutHereTitle') : t('revokeTitle')}
                    body={<p>{session.current ? t('signOutHereBody') : t('revokeBody')}</p>}
                    confirmLabel={session.current ? t('signOutHere') : t('revoke')}
                    hiddenFields={{ sessionId: session.id, current: session.current ? '1' : '0' }}
                  />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
