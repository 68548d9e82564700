import type { personAccessLogResponseSchema } from '@vigil/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Table, Td, Th } from '@/components/ui/table';

type AccessEvent = z.output<typeof personAccessLogResponseSchema>['events'][number];

/** "Who accessed this record": every read of decrypted data and every change, newest first. */
export function AccessLog({ events, olderHref }: { events: AccessEvent[] | null; olderHref: string | null }) {
  const t = useTranslations('casePerson');
  const format = useFormatter();
  if (events === null) return <p className="text-ink-soft">{t('unavailable')}</p>;
  if (events.length === 0) return <p className="text-ink-soft">{t('noAccess')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <Table caption={t('accessTitle')}>
        <thead>
          <tr>
            <Th>{t('accessWhen')}</Th>
            <Th>{t('accessWho')}</Th>
            <Th>{t('accessWhat')}</Th>
            <Th>{t('accessFields')}</Th>
          </tr>
        </thead>
        <tbody data-testid="access-log">
          {events.map((event, index) => (
            <tr key={`${event.at.toISOString()}-${index}`}>
              <Td className="whitespace-nowrap">
                {format.dateTime(event.at, { dateStyle: 'medium', timeStyle: 'short' })}
              </Td>
              <Td>{event.actor?.displayName ?? t('someone')}</Td>
              <Td>
                {t.has(`action.${event.action}` as 'action.casework.personal_read')
                  ? t(`action.${event.action}` as 'action.casework.personal_read')
                  : event.action}
                {event.caseId ? (
                  <>
                    {' · '}
                    <Link
                      prefetch={false}
                      href={`/cases/${event.caseId}`}
                      className="text-brand underline underline-offset-2"
                    >
                      {t('theCase')}
                    </Link>
                  </>
                ) : null}
              </Td>
              <Td>
                <code className="text-xs" dir="ltr">
                  {event.fields.join(', ')}
                </code>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {olderHref ? (
        <Link prefetch={false} href={olderHref} className="text-sm text-brand underline underline-offset-2">
          {t('olderAccess')}
        </Link>
      ) : null}
    </div>
  );
}
