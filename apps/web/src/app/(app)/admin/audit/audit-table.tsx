import type { AuditEventView } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';

/**
 * Actors appear as short ids linking to their own filtered log: resolving names would mean listing
 * the members, itself an audited read, on every view of the log.
 */
export async function AuditTable({ events }: { events: AuditEventView[] }) {
  const t = await getTranslations('audit');
  const format = await getFormatter();
  if (events.length === 0) return <p className="text-ink-soft">{t('none')}</p>;
  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <Th>{t('at')}</Th>
          <Th>{t('actor')}</Th>
          <Th>{t('action')}</Th>
          <Th>{t('entity')}</Th>
          <Th>{t('fields')}</Th>
          <Th>{t('hash')}</Th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-testid="audit-row">
            <Td className="whitespace-nowrap">
              {format.dateTime(event.at, { dateStyle: 'short', timeStyle: 'medium' })}
            </Td>
            <Td>
              {event.actorId ? (
                <a href={`/admin/audit?actorId=${event.actorId}`} title={event.actorId} dir="ltr">
                  {`${event.actorId.slice(0, 8)}…`}
                </a>
              ) : (
                <span className="text-ink-soft">{t('system')}</span>
              )}
            </Td>
            <Td>
              <code dir="ltr">{event.action}</code>
            </Td>
            <Td>
              {event.entityType ? (
                <span dir="ltr">
                  {event.entityType}
                  {event.entityId ? (
                    <span className="text-ink-soft"> · {event.entityId.slice(0, 12)}</span>
                  ) : null}
                </span>
              ) : (
                '—'
              )}
            </Td>
            <Td>{event.fields.length > 0 ? <span dir="ltr">{event.fields.join(', ')}</span> : '—'}</Td>
            <Td>
              <code dir="ltr" title={event.hash} className="text-xs">
                {event.hash.slice(0, 12)}
              </code>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
