import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { CASE_SORTS } from '@vigil/contracts/enums';
import { cx } from '@/components/ui/cx';
import { DEFAULT_CASE_SORT, sortHref, type CaseFilterValues } from '@/lib/cases/list-filter';

/**
 * The case list's order: a link per order the API pages by (a list of cards has no column headers),
 * the current one marked with aria-current. The filter is kept; the URL carries `?sort=<order>` as the
 * incidents list does, so an ordered view can be bookmarked and works without JavaScript.
 */
export function CaseSort({ filter }: { filter: CaseFilterValues }) {
  const t = useTranslations('tableSort');
  const current = filter.sort ?? DEFAULT_CASE_SORT;
  return (
    <nav
      aria-label={t('sortBy')}
      className="flex flex-wrap items-center gap-2 print:hidden"
      data-testid="case-sort"
    >
      <span className="text-sm font-semibold text-ink-soft" aria-hidden="true">
        {t('sortBy')}
      </span>
      <ul className="flex flex-wrap gap-2">
        {CASE_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              prefetch={false}
              scroll={false}
              href={sortHref(filter, sort)}
              aria-current={sort === current ? 'true' : undefined}
              data-testid={`case-sort-${sort}`}
              className={cx(
                'inline-flex min-h-9 items-center rounded-md border px-3 text-sm whitespace-nowrap',
                sort === current
                  ? 'border-brand bg-brand font-semibold text-white'
                  : 'border-line-strong bg-surface hover:bg-muted',
              )}
            >
              {t(`caseOrders.${sort}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
