import type { EvictionDetail } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';

/**
 * What happened to the record itself: who started it and when, its saves, its review. The
 * observation log above is the append-only history of what was seen.
 */
export async function EvictionHistory({ eviction }: { eviction: EvictionDetail }) {
  const t = await getTranslations('evictionDetail');
  const format = await getFormatter();
  const at = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const events = [
    {
      key: 'created',
      text: t('historyCreated', { who: eviction.author.displayName, at: at(eviction.createdAt) }),
    },
    {
      key: 'saved',
      text: t('historySaved', { version: eviction.version, at: at(eviction.updatedAt) }),
    },
    ...(eviction.reviewedBy && eviction.reviewedAt
      ? [
          {
            key: 'reviewed',
            text: t('historyReviewed', { who: eviction.reviewedBy.displayName, at: at(eviction.reviewedAt) }),
          },
        ]
      : []),
    ...(eviction.log.length > 0
      ? [{ key: 'log', text: t('historyLog', { count: eviction.log.length }) }]
      : []),
  ];
  return (
    <ol className="flex flex-col gap-1 text-sm" data-testid="eviction-history">
      {events.map((event) => (
        <li key={event.key} className="border-s-2 border-line ps-3">
          {event.text}
        </li>
      ))}
    </ol>
  );
}
