import type { CheckOption } from '@/components/incidents/filter-checks';
import { fetchSites } from '@/lib/incidents/sites';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import type { EvictionFilterValues } from './filter-query';

/**
 * What the eviction filter offers (the site registry, the forces) and the names its chips show.
 * Ids already in the filter stay offered, so a shared link's sites can still be unticked.
 */
export async function evictionFilterOptions(filter: EvictionFilterValues): Promise<{
  sites: CheckOption[];
  forces: CheckOption[];
  labels: Map<string, string>;
}> {
  const [registry, vocabulary] = await Promise.all([fetchSites(), getVocabulary()]);
  const sites = (registry ?? []).map((site) => ({ value: site.id, label: site.label }));
  for (const id of filter.multi.siteId)
    if (!sites.some((site) => site.value === id)) sites.push({ value: id, label: id.slice(0, 8) });
  const forces = vocabulary.forces.map((force) => ({ value: force.id, label: force.label }));
  const labels = new Map([...sites, ...forces].map((option) => [option.value, option.label]));
  for (const [id, label] of Object.entries(vocabulary.labels)) if (!labels.has(id)) labels.set(id, label);
  return { sites, forces, labels };
}
