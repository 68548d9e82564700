import { queryFilter, type QueryFilterValues } from '@/lib/filters/query-filter';

export { paramsToSearch, type SearchParams } from '@/lib/filters/query-filter';

/**
 * The incident filter in the URL: the same keys as incidentFilterSchema, so that a filtered view can
 * be bookmarked, shared and handed to the dossier builder unchanged. Client-safe.
 */
export const MULTI_KEYS = [
  'commune',
  'siteId',
  'actTypeId',
  'forceId',
  'unit',
  'rioShown',
  'victimFlag',
  'verificationStatus',
  'sourceType',
  'followUpStatus',
  'status',
] as const;
export const SINGLE_KEYS = ['from', 'to', 'hasMedia', 'q'] as const;
export type MultiKey = (typeof MULTI_KEYS)[number];
export type SingleKey = (typeof SINGLE_KEYS)[number];
export type FilterValues = QueryFilterValues<MultiKey, SingleKey>;

export const incidentFilter = queryFilter(MULTI_KEYS, SINGLE_KEYS, ['start_asc']);

export const readFilter = incidentFilter.read;
export const filterToQuery = incidentFilter.toQuery;
export const filterToRecord = incidentFilter.toRecord;

export const PAGE_SIZE = 50;
