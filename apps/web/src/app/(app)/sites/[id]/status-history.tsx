import type { siteDetailSchema } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { SiteStatusBadge } from '@/components/sites/site-badges';

type StatusChange = z.output<typeof siteDetailSchema>['statusLog'][number];

/** Every transition, newest first, with when it happened and who recorded it. Never rewritten. */
export async function StatusHistory({ changes }: { changes: StatusChange[] }) {
  const t = await getTranslations('siteDetail');
  const format = await getFormatter();
  const sorted = [...changes].sort((a, b) => +b.at - +a.at);
  if (sorted.length === 0) return <p className="text-ink-soft">{t('noHistory')}</p>;
  return (
    <ol className="flex flex-col gap-2" data-testid="status-history">
      {sorted.map((change, i) => (
        <li
          key={`${+change.at}-${i}`}
          className="flex flex-col gap-0.5 border-s-2 border-line ps-3"
          data-testid="status-change"
        >
          <div className="flex flex-wrap items-center gap-2">
            <SiteStatusBadge status={change.status} />
            <time className="text-sm" dateTime={change.at.toISOString()}>
              {format.dateTime(change.at, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
          </div>
          <p className="text-sm text-ink-soft">
            {t('recordedBy', { who: change.by })}
            {change.note ? ` · ${change.note}` : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}
