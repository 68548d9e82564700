'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { loadMoreCases } from '@/app/(app)/cases/actions';
import { LoadMore } from '@/components/filters/load-more';
import { useKeysetPages } from '@/components/filters/use-keyset-pages';
import type { CaseRow } from '@/lib/cases/fetch';
import { CaseStatusBadge, DueDate, FlagBadges } from './case-badges';

/**
 * The case list, one keyset page at a time. Each case is a card on a phone and a row from medium
 * screens up: reference, alias, type, status, next deadline (red once overdue), open flags.
 */
export function CaseList({
  initialRows,
  initialCursor,
  query,
}: {
  initialRows: CaseRow[];
  initialCursor: string | null;
  query: string;
}) {
  const t = useTranslations('cases');
  const te = useTranslations('caseEnums');
  const { rows, cursor, failed, pending, loadMore } = useKeysetPages(initialRows, initialCursor, (next) =>
    loadMoreCases(query, next),
  );
  if (rows.length === 0)
    return (
      <p className="text-ink-soft" data-testid="no-cases">
        {t('none')}
      </p>
    );
  return (
    <div className="flex flex-col gap-3">
      <h2 className="sr-only">{t('caption')}</h2>
      <ul className="flex flex-col gap-2" aria-live="polite" data-testid="case-list">
        {rows.map((row) => (
          <li
            key={row.id}
            data-testid="case-row"
            data-reference={row.reference}
            className="grid gap-x-4 gap-y-1 rounded-lg border border-line bg-surface p-3 md:grid-cols-[11rem_minmax(0,1fr)_minmax(0,1fr)_auto_16rem] md:items-start"
          >
            <Link
              prefetch={false}
              href={`/cases/${row.id}`}
              className="font-semibold whitespace-nowrap text-brand underline underline-offset-2"
              dir="ltr"
            >
              {row.reference}
            </Link>
            <span className="font-semibold" dir="auto" data-testid="case-alias">
              {row.person.alias}
            </span>
            <span className="text-sm text-ink-soft">{te(`type.${row.type}`)}</span>
            <span>
              <CaseStatusBadge status={row.status} />
            </span>
            <span className="text-sm">
              {row.nextDeadline && row.deadlineState ? (
                <>
                  <span className="sr-only">{t('nextDeadline')}: </span>
                  <DueDate dueAt={row.nextDeadline.dueAt} state={row.deadlineState} />
                  <span className="block truncate text-ink-soft" dir="auto">
                    {row.nextDeadline.title}
                  </span>
                </>
              ) : (
                <span className="text-ink-soft">{t('noDeadline')}</span>
              )}
            </span>
            {row.openFlags.length > 0 ? (
              <span className="md:col-span-5">
                <FlagBadges flags={row.openFlags} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <LoadMore
        cursor={cursor}
        failed={failed}
        pending={pending}
        onLoadMore={loadMore}
        labels={{
          failed: t('loadMoreFailed'),
          loading: t('loading'),
          loadMore: t('loadMore'),
          allShown: t('allShown', { count: rows.length }),
        }}
      />
    </div>
  );
}
