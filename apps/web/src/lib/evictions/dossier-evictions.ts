import type { SearchParams } from '@/lib/filters/query-filter';
import type { FilterValues } from '@/lib/incidents/filter-query';
import { evictionFilter, type EvictionFilterValues } from './filter-query';

/**
 * A dossier may cover the evictions of the same period, sites, communes and forces as its incidents
 * ("everything at Grande-Synthe in January–March"), narrowed by what only evictions have (the legal
 * basis shown, the record's status). In the dossier builder's URL: `evictions=1`, and
 * `evictionLegalBasis` / `evictionStatus` repeated.
 */
export interface DossierEvictions {
  include: boolean;
  legalBasis: string[];
  status: string[];
}

export const DOSSIER_EVICTION_KEYS = ['evictions', 'evictionLegalBasis', 'evictionStatus'] as const;

const values = (value: string | string[] | undefined) =>
  (value === undefined ? [] : [value].flat()).map((v) => v.trim()).filter((v) => v !== '');

export function readDossierEvictions(params: SearchParams): DossierEvictions {
  return {
    include: values(params.evictions).includes('1'),
    legalBasis: [...new Set(values(params.evictionLegalBasis))],
    status: [...new Set(values(params.evictionStatus))],
  };
}

/** The builder's eviction part as query parameters, to carry through the incident filter's form. */
export function dossierEvictionParams(choice: DossierEvictions): [string, string][] {
  if (!choice.include) return [];
  return [
    ['evictions', '1'],
    ...choice.legalBasis.map((v): [string, string] => ['evictionLegalBasis', v]),
    ...choice.status.map((v): [string, string] => ['evictionStatus', v]),
  ];
}

/** The eviction list's query string a dossier is given (`evictionQuery`), or null when not covered. */
export function dossierEvictionQuery(incidents: FilterValues, choice: DossierEvictions): string | null {
  if (!choice.include) return null;
  const filter: EvictionFilterValues = {
    multi: {
      siteId: incidents.multi.siteId,
      commune: incidents.multi.commune,
      forceId: incidents.multi.forceId,
      legalBasis: choice.legalBasis,
      status: choice.status,
    },
    single: { from: incidents.single.from, to: incidents.single.to },
  };
  return evictionFilter.toQuery(filter);
}

/** From the eviction list to the dossier builder: the shared keys become the incident filter. */
export function dossierHref(filter: EvictionFilterValues): string {
  const query = new URLSearchParams();
  for (const key of ['from', 'to'] as const) if (filter.single[key]) query.set(key, filter.single[key]);
  for (const key of ['commune', 'siteId', 'forceId'] as const)
    for (const value of filter.multi[key]) query.append(key, value);
  query.set('evictions', '1');
  for (const value of filter.multi.legalBasis) query.append('evictionLegalBasis', value);
  for (const value of filter.multi.status) query.append('evictionStatus', value);
  return `/incidents/dossier?${query.toString()}`;
}
