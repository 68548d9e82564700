/** Seeded secrets and who may read them, for the record-level leak sweeps (not a test file itself). */
import { type Permission, type Role, can } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';
import { seedCase, seedPerson } from '../../features/casework/casework-fixtures';
import { incidentBody, termIds } from '../../features/incidents/incident-fixtures';
import { api, signedIn } from '../../test/fixtures';

/** Strings seeded into records, each readable only by the roles (and people) the rules name. */
export const CASEWORK_SECRETS = [
  'Qzalias Leakcheck',
  'Qzlegal Leakname',
  '+33 6 12 34 56 78',
  'Qznote private',
  'Qzsummary private',
];
export const LOCATION_SECRETS = ['17 rue Qzsecret', '50.9123457', '1.8123457', '50.9876543', '1.8765432'];
export const WITNESS_SECRET = '+33 7 98 76 54 32';

/** What a caller must never read anywhere, given their role and whether they work the case. */
export function forbiddenFor(role: Role, assigned: boolean): string[] {
  const lacks = (permission: Permission) => !can(role, permission);
  return [
    ...(assigned || can(role, 'cases.manage_all') ? [] : CASEWORK_SECRETS),
    ...(lacks('sites.read_exact_location') ? LOCATION_SECRETS : []),
    ...(lacks('incidents.read_witness_contacts') ? [WITNESS_SECRET] : []),
  ];
}

export interface LeakSession {
  role: Role;
  token: string;
  assigned: boolean;
}

/** The roles signed in once each, not on the seeded case. */
export const OUTSIDERS = ['caseworker', 'lawyer', 'volunteer', 'legal_observer', 'admin'] as const;

/** Everyone signed in: each outsider, and caseworker A and the coordinator, who work the case. */
export const CAST: readonly { who: string; role: Role; assigned: boolean }[] = [
  ...OUTSIDERS.map((role) => ({ who: `${role} (not on the case)`, role, assigned: false })),
  { who: 'caseworker A', role: 'caseworker', assigned: true },
  { who: 'coordinator', role: 'coordinator', assigned: true },
];

/** Signs in the cast and seeds the secrets; returns the sessions by name and the ids [person, case, site, incident]. */
export async function seedLeakWorld(app: FastifyInstance) {
  const sessions = new Map<string, LeakSession & { userId: string }>();
  for (const { who, role, assigned } of CAST) {
    const user = await signedIn(app, role);
    sessions.set(who, { role, assigned, token: user.token, userId: user.user.id });
  }
  const coordinator = sessions.get('coordinator')!;
  const caseworkerA = sessions.get('caseworker A')!;
  const ids = await seedSecrets(
    app,
    { token: coordinator.token, user: { id: coordinator.userId } },
    caseworkerA.userId,
  );
  return { sessions, ids };
}

/** A person and case of caseworker A's, a site and an incident there; returns their ids. */
async function seedSecrets(
  app: FastifyInstance,
  coordinator: { token: string; user: { id: string } },
  caseworkerId: string,
) {
  const [alias, legalName, phone, notes, summary] = CASEWORK_SECRETS;
  const person = await seedPerson(app, { createdById: coordinator.user.id, alias, legalName, phone, notes });
  const kase = await seedCase(app, {
    personId: person.id,
    createdById: coordinator.user.id,
    assigneeIds: [caseworkerId],
    summary,
  });
  const [address, siteLat, siteLon, incidentLat, incidentLon] = LOCATION_SECRETS.map((s, i) =>
    i === 0 ? s : Number(s),
  );
  const site = await api(app, coordinator.token)
    .post('/api/sites')
    .send({
      name: 'Leakcheck woods',
      type: 'informal_site',
      commune: 'Calais',
      address,
      latitude: siteLat,
      longitude: siteLon,
    });
  if (site.status !== 200) throw new Error(`site: ${site.status} ${JSON.stringify(site.body)}`);
  const terms = await termIds(app, coordinator.token);
  const body = incidentBody(terms, {
    siteId: site.body.site.id,
    latitude: incidentLat,
    longitude: incidentLon,
    witnesses: [{ key: 'w1', alias: 'Witness Leakcheck', willingToTestify: true, contact: WITNESS_SECRET }],
  });
  const incident = await api(app, coordinator.token).post('/api/incidents').send(body);
  if (incident.status >= 300)
    throw new Error(`incident: ${incident.status} ${JSON.stringify(incident.body)}`);
  return [
    person.id,
    kase.id,
    site.body.site.id as string,
    (incident.body.incident?.id ?? incident.body.id) as string,
  ];
}
