import type { IncidentStats } from '@vigil/contracts';
import { unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { api } from '@/lib/api/client';
import type { FilterValues } from './filter-query';

/**
 * The sites offered as filters: the registry's when it can be read, else those the statistics of
 * the current filter mention; plus any already selected, so they can be unticked.
 */
export function siteOptions(
  stats: IncidentStats | null,
  filter: FilterValues,
  registry: SiteOption[] | null = null,
): { value: string; label: string }[] {
  const options = new Map<string, string>();
  for (const site of registry ?? []) options.set(site.id, site.label);
  for (const row of stats?.bySite ?? []) {
    if (row.site && !options.has(row.site.id))
      options.set(row.site.id, `${row.site.name} (${row.site.commune})`);
  }
  for (const id of filter.multi.siteId) if (!options.has(id)) options.set(id, id.slice(0, 8));
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function withSiteLabels(
  labels: Map<string, string>,
  stats: IncidentStats | null,
  registry: SiteOption[] | null = null,
): Map<string, string> {
  const result = new Map(labels);
  for (const row of stats?.bySite ?? []) if (row.site) result.set(row.site.id, row.site.name);
  for (const site of registry ?? []) result.set(site.id, site.label);
  return result;
}

const siteListSchema = z.object({
  sites: z.array(z.object({ id: z.uuid(), name: z.string(), commune: z.string() })),
});

export interface SiteOption {
  id: string;
  label: string;
  commune: string;
}

/**
 * The site registry (names and communes only), for the form's place picker and the site filter.
 * Read with a narrow schema: only these three fields matter here. Null when it cannot be read.
 */
export const fetchSites = cache(async (): Promise<SiteOption[] | null> => {
  try {
    const { sites } = await api('/api/sites', { schema: siteListSchema });
    return sites
      .map((site) => ({ id: site.id, label: `${site.name} (${site.commune})`, commune: site.commune }))
      .sort((a, b) => a.label.localeCompare(b.label));
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
});
