import type { siteDetailSchema, siteSummarySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { SiteListRow, SiteRecord } from './sites-repository';

type SiteSummary = z.output<typeof siteSummarySchema>;
type SiteDetail = z.output<typeof siteDetailSchema>;

export function toSiteSummary(site: SiteListRow): SiteSummary {
  const latest = site.populations[0];
  return {
    id: site.id,
    name: site.name,
    aliases: site.aliases,
    type: site.type,
    commune: site.commune,
    area: site.area,
    status: site.status,
    latestPopulation: latest ? { at: latest.at, people: latest.people } : null,
    updatedAt: site.updatedAt,
  };
}

/** Exact address and coordinates appear only when `exactLocation` is allowed for the reader. */
export function toSiteDetail(
  site: SiteRecord,
  names: Map<string, string>,
  exactLocation: boolean,
  activity: Pick<
    SiteDetail,
    'incidentCount' | 'recentIncidents' | 'evictionCount' | 'lastEvictionAt' | 'recentEvictions'
  >,
): SiteDetail {
  return {
    ...toSiteSummary(site),
    ...(exactLocation ? { address: site.address, latitude: site.latitude, longitude: site.longitude } : {}),
    ownerType: site.ownerType,
    evictionOrderRef: site.evictionOrderRef,
    evictionOrderDate: site.evictionOrderDate ? site.evictionOrderDate.toISOString().slice(0, 10) : null,
    courtProceedings: site.courtProceedings,
    winterTruceApplies: site.winterTruceApplies,
    needs: site.needs,
    notes: site.notes,
    version: site.version,
    statusLog: site.statusLog.map((c) => ({
      status: c.status,
      at: c.at,
      by: names.get(c.byId) ?? 'unknown',
      note: c.note,
    })),
    populations: site.populations.map(({ at, people, minors, women, families, communities, languages }) => ({
      at,
      people,
      minors,
      women,
      families,
      communities,
      languages,
    })),
    ...activity,
    createdAt: site.createdAt,
  };
}
