import type { DbOrTx, SiteType } from '@vigil/db';

/** Places named in the sources: Calais and Grande-Synthe, the reference case. */
export const DEMO_SITES: { name: string; type: SiteType; commune: string }[] = [
  { name: 'Hospital site', type: 'informal_site', commune: 'Calais' },
  { name: 'BMX track', type: 'informal_site', commune: 'Calais' },
  { name: 'Zone industrielle des Dunes', type: 'camp', commune: 'Calais' },
  { name: 'Under the Pont de Coquelles', type: 'informal_site', commune: 'Coquelles' },
  { name: 'Rue des Verrotières squat', type: 'squat', commune: 'Calais' },
  { name: 'Marck woods', type: 'informal_site', commune: 'Marck' },
  { name: 'Quai de la Moselle distribution point', type: 'distribution_point', commune: 'Calais' },
  { name: 'Puythouck woods', type: 'camp', commune: 'Grande-Synthe' },
  { name: 'Basroch', type: 'informal_site', commune: 'Grande-Synthe' },
  { name: 'Loon-Plage canal', type: 'informal_site', commune: 'Loon-Plage' },
  { name: 'Grande-Synthe gymnasium', type: 'social_centre', commune: 'Grande-Synthe' },
  { name: 'CRA de Coquelles', type: 'detention_centre', commune: 'Coquelles' },
];

export async function seedDemoSites(db: DbOrTx) {
  return Promise.all(DEMO_SITES.map((site) => db.site.create({ data: site })));
}
