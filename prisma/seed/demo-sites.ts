import type { DbOrTx, SiteStatus, SiteType } from '@vigil/db';
import { demoDate, seededRandom } from './random';

interface DemoSite {
  name: string;
  type: SiteType;
  commune: string;
  area: string;
  address?: string;
  history: SiteStatus[];
  people?: number;
}

/** Places named in the sources: Calais and Grande-Synthe, the reference case. */
export const DEMO_SITES: DemoSite[] = [
  {
    name: 'Hospital site',
    type: 'informal_site',
    commune: 'Calais',
    area: 'Behind the hospital',
    history: ['scouted', 'active', 'raided', 'evicted', 'reoccupied', 'active'],
    people: 120,
  },
  {
    name: 'BMX track',
    type: 'informal_site',
    commune: 'Calais',
    area: 'Route de Gravelines',
    history: ['active', 'threatened', 'evicted', 'reoccupied'],
    people: 80,
  },
  {
    name: 'Zone industrielle des Dunes',
    type: 'camp',
    commune: 'Calais',
    area: 'Industrial zone, east',
    history: ['active', 'raided', 'active'],
    people: 150,
  },
  {
    name: 'Under the Pont de Coquelles',
    type: 'informal_site',
    commune: 'Coquelles',
    area: 'Under the motorway bridge',
    history: ['active', 'raided'],
    people: 40,
  },
  {
    name: 'Rue des Verrotières squat',
    type: 'squat',
    commune: 'Calais',
    area: 'East of the station',
    address: '12 rue des Verrotières',
    history: ['opened', 'active', 'threatened'],
    people: 35,
  },
  {
    name: 'Marck woods',
    type: 'informal_site',
    commune: 'Marck',
    area: 'Woods north of the village',
    history: ['scouted', 'active'],
    people: 25,
  },
  {
    name: 'Quai de la Moselle distribution point',
    type: 'distribution_point',
    commune: 'Calais',
    area: 'Quai de la Moselle',
    history: ['active'],
  },
  {
    name: 'Puythouck woods',
    type: 'camp',
    commune: 'Grande-Synthe',
    area: 'Around the lake',
    history: ['active', 'raided', 'evicted', 'reoccupied', 'active'],
    people: 350,
  },
  {
    name: 'Basroch',
    type: 'informal_site',
    commune: 'Grande-Synthe',
    area: 'Basroch wood',
    history: ['active', 'evicted', 'sealed'],
  },
  {
    name: 'Loon-Plage canal',
    type: 'informal_site',
    commune: 'Loon-Plage',
    area: 'Along the canal',
    history: ['active', 'threatened'],
    people: 200,
  },
  {
    name: 'Grande-Synthe gymnasium',
    type: 'social_centre',
    commune: 'Grande-Synthe',
    area: 'Town centre',
    address: 'Rue du Comte Jean',
    history: ['opened', 'active', 'closed'],
  },
  {
    name: 'CRA de Coquelles',
    type: 'detention_centre',
    commune: 'Coquelles',
    area: 'Next to the police station',
    history: ['active'],
  },
];

/** Sites with a dated status history and monthly headcount estimates over the last two years. */
export async function seedDemoSites(db: DbOrTx, coordinatorId: string) {
  const rnd = seededRandom(2016);
  const start = demoDate(Date.UTC(2024, 11, 1));
  const end = demoDate(Date.UTC(2026, 10, 15));
  const sites = [];
  for (const demo of DEMO_SITES) {
    const { history, people, ...fields } = demo;
    const site = await db.site.create({
      data: {
        ...fields,
        status: history[history.length - 1]!,
        latitude: demo.address ? 50.94 + rnd.next() * 0.03 : null,
        longitude: demo.address ? 1.85 + rnd.next() * 0.05 : null,
        ownerType: demo.type === 'squat' ? 'private' : 'public_municipal',
        winterTruceApplies: demo.type === 'squat' ? true : null,
      },
    });
    const step = (end - start) / history.length;
    await db.siteStatusChange.createMany({
      data: history.map((status, i) => ({
        siteId: site.id,
        status,
        at: new Date(start + i * step + rnd.int(0, 5) * 86_400_000),
        byId: coordinatorId,
      })),
    });
    if (people) {
      await db.populationSnapshot.createMany({
        data: Array.from({ length: 24 }, (_, month) => {
          const count = Math.max(5, Math.round(people * (0.6 + rnd.next() * 0.8)));
          return {
            siteId: site.id,
            at: new Date(demoDate(Date.UTC(2024, 11 + month, 15))),
            people: count,
            minors: Math.round(count * 0.1),
            women: Math.round(count * 0.08),
            families: Math.round(count * 0.03),
            communities: ['Kurdish (Iraq, Iran)', 'Eritrean', 'Sudanese', 'Afghan'].slice(0, rnd.int(1, 4)),
            languages: ['Sorani', 'Tigrinya', 'Arabic', 'Pashto', 'Dari'].slice(0, rnd.int(1, 5)),
            byId: coordinatorId,
          };
        }),
      });
    }
    sites.push(site);
  }
  return sites;
}
