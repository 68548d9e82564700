import { evictionStatsResponseSchema, type EvictionStats } from '@vigil/contracts';
import { unstable_rethrow } from 'next/navigation';
import { TIME_ZONE } from '@/i18n/time-zone';
import { api } from '@/lib/api/client';

type Sizes = { siteId?: string; timelineLimit?: number; recentIntervals?: number };

/** Eviction figures for a filter (or one site), months in the instance's time zone. Throws API errors. */
export async function requestEvictionStats(
  filter: Record<string, string | string[]>,
  options: Sizes = {},
): Promise<EvictionStats> {
  const { siteId, ...sizes } = options;
  const path = siteId ? `/api/sites/${encodeURIComponent(siteId)}/evictions/stats` : '/api/evictions/stats';
  const { stats } = await api(path, {
    schema: evictionStatsResponseSchema,
    query: { ...filter, ...sizes, timeZone: TIME_ZONE },
    context: 'action',
  });
  return stats;
}

/**
 * The same for pages, which still work without the figures (the list matters more): an API error
 * gives null; Next's redirects (expired session) still pass through.
 */
export async function fetchEvictionStats(
  filter: Record<string, string | string[]>,
  options: Sizes = {},
): Promise<EvictionStats | null> {
  try {
    return await requestEvictionStats(filter, options);
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}
