import { savedFilterListResponseSchema } from '@vigil/contracts';
import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FoldMarker } from '@/components/ui/fold-marker';
import { api } from '@/lib/api/client';
import { DeleteSavedFilter, SaveFilterForm } from './saved-filter-forms';

async function mySavedFilters() {
  try {
    const { filters } = await api('/api/saved-filters', { schema: savedFilterListResponseSchema });
    return filters;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/** My named filters: each is just the list's URL, so opening one is following a link. */
export async function SavedFilters({ query }: { query: string }) {
  const t = await getTranslations('savedFilters');
  const filters = await mySavedFilters();
  if (filters === null) return null;
  return (
    <details className="group rounded-lg border border-line bg-surface" data-testid="saved-filters">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-semibold">
        <FoldMarker />
        {t('title', { count: filters.length })}
      </summary>
      <div className="flex flex-col gap-3 px-4 pb-4">
        {filters.length === 0 ? <p className="text-sm text-ink-soft">{t('none')}</p> : null}
        <ul className="flex flex-col gap-1">
          {filters.map((filter) => (
            <li key={filter.id} className="flex flex-wrap items-center gap-2">
              <Link
                prefetch={false}
                href={`/incidents${filter.query ? `?${filter.query}` : ''}`}
                className="font-semibold text-brand underline underline-offset-2"
              >
                {filter.name}
              </Link>
              <DeleteSavedFilter id={filter.id} name={filter.name} />
            </li>
          ))}
        </ul>
        {query ? (
          <SaveFilterForm query={query} />
        ) : (
          <p className="text-sm text-ink-soft">{t('chooseFirst')}</p>
        )}
      </div>
    </details>
  );
}
