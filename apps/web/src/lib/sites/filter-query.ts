import { queryFilter, type QueryFilterValues } from '@/lib/filters/query-filter';

/** The site registry's filter in the URL: the keys of the API's siteListQuerySchema (one value each). */
export const SITE_FILTER_KEYS = ['q', 'commune', 'type', 'status'] as const;
export type SiteFilterValues = QueryFilterValues<never, (typeof SITE_FILTER_KEYS)[number]>;

export const siteFilter = queryFilter<never, (typeof SITE_FILTER_KEYS)[number]>([], SITE_FILTER_KEYS);
