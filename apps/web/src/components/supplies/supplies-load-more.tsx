'use client';

import { useTranslations } from 'next-intl';
import { LoadMore } from '@/components/filters/load-more';

/** "Show more" under a supplies list, with how many rows are shown once all are. */
export function SuppliesLoadMore({
  pages,
}: {
  pages: { rows: unknown[]; cursor: string | null; failed: boolean; pending: boolean; loadMore: () => void };
}) {
  const t = useTranslations('supplies.paging');
  return (
    <LoadMore
      cursor={pages.cursor}
      failed={pages.failed}
      pending={pages.pending}
      onLoadMore={pages.loadMore}
      labels={{
        failed: t('failed'),
        loading: t('loading'),
        loadMore: t('loadMore'),
        allShown: t('allShown', { count: pages.rows.length }),
      }}
    />
  );
}
