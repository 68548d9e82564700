import type { IncidentInput } from '@vigil/contracts';
import type { Db, Site } from '@vigil/db';
import type { Actor } from '../../apps/api/src/lib/actor';
import { KeyRing } from '../../apps/api/src/lib/secrets';
import { createAuditService } from '../../apps/api/src/features/audit/audit-service';
import { createIncidentsService } from '../../apps/api/src/features/incidents/incident-service';
import { createVocabulariesService } from '../../apps/api/src/features/vocabularies/vocabularies-service';
import { demoDate, seededRandom } from './random';

const ACTS = [
  {
    code: 'gas_on_sleeping_people',
    title: 'Tear gas on people sleeping',
    fr: 'Gaz sur des personnes endormies',
  },
  { code: 'gas_in_face', title: 'Pepper spray in the face', fr: 'Gaz poivre au visage' },
  { code: 'gas_on_belongings', title: 'Gas sprayed on water and food', fr: 'Gaz sur l’eau et la nourriture' },
  {
    code: 'baton_blows',
    title: 'Baton blows during a dispersal',
    fr: 'Coups de matraque lors d’une dispersion',
  },
  { code: 'pushed_to_ground', title: 'People pushed to the ground', fr: 'Personnes jetées au sol' },
  { code: 'property_destroyed', title: 'Tents slashed and taken', fr: 'Tentes lacérées et emportées' },
  { code: 'id_check', title: 'ID checks of volunteers', fr: 'Contrôles d’identité de bénévoles' },
  {
    code: 'fines',
    title: 'Parking fines on the distribution van',
    fr: 'Amendes sur la camionnette de distribution',
  },
  { code: 'arrest', title: 'Arrest at a distribution', fr: 'Interpellation pendant une distribution' },
  {
    code: 'transport_abandonment',
    title: 'Taken away and left far from camp',
    fr: 'Emmené·es et abandonné·es loin du camp',
  },
  {
    code: 'filming_defenders',
    title: 'Officers filming observers',
    fr: 'Des agents filment les observateur·ices',
  },
  {
    code: 'obstruction_of_distribution',
    title: 'Food distribution blocked',
    fr: 'Distribution alimentaire empêchée',
  },
] as const;
const FORCES = ['crs', 'crs', 'crs', 'gendarmerie', 'police_nationale', 'paf', 'police_municipale'] as const;
const UNITS: Record<string, string[]> = {
  crs: ['CRS 8', 'CRS 40', 'CRS 22', 'CRS 56', 'CRS 3'],
  gendarmerie: ['EGM 24/7', 'EGM 31/3'],
  police_nationale: ['BAC Calais', 'Commissariat de Calais'],
  paf: ['PAF Coquelles'],
  police_municipale: ['Police municipale de Calais'],
};
const QUOTES = [
  'Dégagez !',
  'Go back to your country',
  'Pas de photos !',
  'Allez, on ramasse tout',
  'Vous n’avez rien à faire ici',
];

/** About 160 incidents over two years at the demo sites, recorded and reviewed through the service. */
export async function seedDemoIncidents(
  db: Db,
  masterKey: string,
  sites: Site[],
  actors: { observer: Actor; lawyer: Actor; coordinator: Actor },
) {
  const audit = createAuditService(db);
  const vocabularies = createVocabulariesService(db, audit);
  const incidents = createIncidentsService(db, new KeyRing(masterKey), audit, vocabularies);
  const terms = new Map((await db.vocabularyTerm.findMany()).map((t) => [t.code, t.id]));
  const id = (code: string) => terms.get(code)!;
  const rnd = seededRandom(2019);
  const start = demoDate(Date.UTC(2024, 11, 1));
  const span = demoDate(Date.UTC(2026, 10, 24)) - start;

  for (let n = 0; n < 160; n += 1) {
    const act = rnd.pick(ACTS);
    const site = rnd.pick(sites.filter((s) => s.type !== 'detention_centre'));
    const force = rnd.pick(FORCES);
    const at = new Date(start + Math.floor(rnd.next() * span));
    at.setUTCHours(rnd.pick([4, 5, 5, 6, 6, 7, 9, 14, 21]), rnd.int(0, 59), 0, 0);
    const people = rnd.int(3, 60);
    const minors = rnd.chance(0.3);
    const input: IncidentInput = {
      title: `${act.title} — ${site.name}`,
      narrative: `${act.fr}. ${rnd.int(2, 8)} vehicles arrived around ${at.toISOString().slice(11, 16)} UTC. About ${people} people were present${minors ? ', including minors' : ''}.`,
      startAt: at,
      endAt: new Date(at.getTime() + rnd.int(15, 120) * 60_000),
      datePrecision: rnd.chance(0.9) ? 'exact' : 'estimate',
      siteId: site.id,
      placeText: null,
      commune: site.commune,
      latitude: 50.95 + rnd.next() * 0.05,
      longitude: 1.8 + rnd.next() * 0.3,
      coordinatePrecisionM: 100,
      sourceType: rnd.pick([
        'first_hand',
        'first_hand',
        'first_hand',
        'testimony',
        'testimony',
        'hearsay',
        'media',
      ] as const),
      sourceReliability: rnd.pick(['usually_reliable', 'fairly_reliable', 'completely_reliable'] as const),
      status: n % 17 === 0 ? 'draft' : 'submitted',
      victims: [
        {
          key: 'group',
          alias: `About ${people} people at ${site.name}`,
          category: 'person_on_the_move',
          isGroup: true,
          count: people,
          minor: minors,
          woman: rnd.chance(0.2),
          family: rnd.chance(0.15),
          ageMin: null,
          ageMax: null,
          nationality: null,
          language: null,
        },
        ...(act.code === 'id_check' || act.code === 'fines' || act.code === 'filming_defenders'
          ? [
              {
                key: 'vol',
                alias: `Volunteer ${String.fromCharCode(65 + (n % 26))}.`,
                category: 'defender' as const,
                isGroup: false,
                count: rnd.int(1, 4),
                minor: false,
                woman: rnd.chance(0.5),
                family: false,
                ageMin: null,
                ageMax: null,
                nationality: null,
                language: null,
              },
            ]
          : []),
      ],
      perpetrators: [
        {
          key: 'p',
          forceId: id(force),
          unit: rnd.pick(UNITS[force] ?? ['unknown']),
          rioShown: rnd.pick(['no', 'no', 'not_seen', 'yes'] as const),
          rioNumber: null,
          vehiclePlates: [],
          officerCount: rnd.int(2, 30),
          vehicleCount: rnd.int(1, 8),
          involvement: 'carried_out',
        },
      ],
      acts: [
        {
          actTypeId: id(act.code),
          occurredAt: at,
          description: act.fr,
          injuries: rnd.chance(0.2) ? 'Eye irritation, one person with a cut on the arm' : null,
          medicalCertificate: rnd.chance(0.1) ? true : null,
          quotes: rnd.chance(0.4) ? [rnd.pick(QUOTES)] : [],
          victimKeys:
            act.code === 'id_check' || act.code === 'fines' || act.code === 'filming_defenders'
              ? ['vol']
              : ['group'],
          perpetratorKeys: ['p'],
          items:
            act.code === 'property_destroyed'
              ? [
                  { propertyTypeId: id('tents'), fate: 'destroyed', count: rnd.int(2, 25) },
                  { propertyTypeId: id('sleeping_bags'), fate: 'seized', count: rnd.int(2, 30) },
                ]
              : [],
        },
      ],
      witnesses: rnd.chance(0.3)
        ? [
            {
              key: 'w',
              alias: `Observer ${n}`,
              willingToTestify: rnd.chance(0.5),
              contact: `Signal +33 6 ${rnd.int(10, 99)} ${rnd.int(10, 99)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
            },
          ]
        : [],
      followUps: rnd.chance(0.15)
        ? [
            {
              body: rnd.pick(['defenseur_des_droits', 'igpn', 'prosecutor'] as const),
              status: rnd.pick(['filed', 'acknowledged', 'closed_insufficient_evidence'] as const),
              date: at.toISOString().slice(0, 10),
              reference: null,
              outcome: null,
            },
          ]
        : [],
    };
    const created = await incidents.create(actors.observer, input);
    if (created.status === 'submitted' && rnd.chance(0.45)) {
      await incidents.review(
        rnd.chance(0.5) ? actors.lawyer : actors.coordinator,
        created.id,
        rnd.pick(['corroborated', 'verified'] as const),
        created.version,
      );
    }
  }
}
