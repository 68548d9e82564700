import { queryFilter, type QueryFilterValues } from '@/lib/filters/query-filter';

/**
 * The eviction filter in the URL: the keys of the API's eviction filter (list, statistics, exports,
 * dossiers), so the list, the patterns page and the dossier builder share one query string.
 */
export const EVICTION_MULTI_KEYS = ['siteId', 'commune', 'forceId', 'legalBasis', 'status'] as const;
export const EVICTION_SINGLE_KEYS = ['from', 'to', 'mine', 'hasIncidents', 'propertyDestroyed'] as const;
export type EvictionMultiKey = (typeof EVICTION_MULTI_KEYS)[number];
export type EvictionSingleKey = (typeof EVICTION_SINGLE_KEYS)[number];
export type EvictionFilterValues = QueryFilterValues<EvictionMultiKey, EvictionSingleKey>;

export const evictionFilter = queryFilter(EVICTION_MULTI_KEYS, EVICTION_SINGLE_KEYS, ['start_asc']);

export const EVICTION_PAGE_SIZE = 50;
