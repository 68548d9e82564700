import { type Permission, type Role, allows, can } from '@vigil/contracts';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { seedCase, seedPerson } from '../../features/casework/casework-fixtures';
import { incidentBody, termIds } from '../../features/incidents/incident-fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { arbitraryFor } from '../../test/json-schema-arbitrary';
import { type OperationTarget, operationTargets } from '../../test/openapi-targets';
import { UNKNOWN_ID } from '../../test/routes';

/** Strings seeded into records, each readable only by the roles (and people) the rules name. */
const CASEWORK_SECRETS = ['Qzalias Leakcheck', 'Qzlegal Leakname', '+33 6 12 34 56 78', 'Qznote private', 'Qzsummary private'];
const LOCATION_SECRETS = ['17 rue Qzsecret', '50.9123457', '1.8123457', '50.9876543', '1.8765432'];
const WITNESS_SECRET = '+33 7 98 76 54 32';

/** What a caller must never read anywhere, given their role and whether they work the case. */
function forbiddenFor(role: Role, assigned: boolean): string[] {
  const lacks = (permission: Permission) => !can(role, permission);
  return [
    ...(assigned || can(role, 'cases.manage_all') ? [] : CASEWORK_SECRETS),
    ...(lacks('sites.read_exact_location') ? LOCATION_SECRETS : []),
    ...(lacks('incidents.read_witness_contacts') ? [WITNESS_SECRET] : []),
  ];
}

/** Every GET the role may call, once per seeded id in its path and with searches for the secrets. */
function* readsFor(targets: OperationTarget[], role: Role, ids: string[]): Generator<string> {
  for (const target of targets.filter((x) => x.method === 'GET' && allows(role, x.access))) {
    const props = target.query?.properties ?? {};
    const required = Object.fromEntries(
      (target.query?.required ?? []).map((key) => [key, fc.sample(arbitraryFor(props[key] ?? {}), { numRuns: 1, seed: 7 })[0]]),
    );
    const queries: Record<string, unknown>[] = [required];
    if ('q' in props) queries.push(...['Qzalias', 'Qzsecret', 'Leakcheck'].map((q) => ({ ...required, q })));
    if ('includeIdentities' in props) queries.push({ ...required, includeIdentities: 'true' });
    const paths = target.url.includes(':id')
      ? ids.map((id) => target.url.replace(':id', id).replace(/:[A-Za-z]+/g, UNKNOWN_ID))
      : [target.url];
    for (const path of paths) {
      for (const query of queries) yield `${path}?${new URLSearchParams(query as Record<string, string>)}`;
    }
  }
}

/**
 * Record-level rules through every read path: list, detail, search, overview, exports. Secrets are
 * seeded into a case (assigned to caseworker A), a site and an incident; every GET each role may
 * call is read with every seeded id, and the raw answer (JSON, CSV, PDF bytes) must not hold them.
 */
describe('no read path leaks what the record rules hide', () => {
  let t: TestApp;
  let ids: string[];
  const sessions = new Map<string, { role: Role; token: string; assigned: boolean }>();
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    const coordinator = await signedIn(t.app, 'coordinator');
    const caseworkerA = await signedIn(t.app, 'caseworker');
    for (const role of ['caseworker', 'lawyer', 'volunteer', 'legal_observer', 'admin'] as const) {
      sessions.set(`${role} (not on the case)`, { role, token: (await signedIn(t.app, role)).token, assigned: false });
    }
    sessions.set('caseworker A', { role: 'caseworker', token: caseworkerA.token, assigned: true });
    sessions.set('coordinator', { role: 'coordinator', token: coordinator.token, assigned: true });
    ids = await seedSecrets(t.app, coordinator, caseworkerA.user.id);
  });
  afterAll(() => t.close());

  it.each(['caseworker', 'lawyer', 'volunteer', 'legal_observer', 'admin'])(
    'as %s not on the case: none of it, nor exact places or contacts without the permission',
    async (role) => {
      const who = `${role} (not on the case)`;
      const session = sessions.get(who);
      if (!session) throw new Error(who);
      const forbidden = forbiddenFor(session.role, session.assigned);
      for (const url of readsFor(operationTargets(t.app), session.role, ids)) {
        const res = await api(t.app, session.token).get(url).buffer(true);
        const text = res.text ?? String(res.body ?? '');
        expect([`${who} GET ${url} → ${res.status}`, res.status < 500]).toEqual([`${who} GET ${url} → ${res.status}`, true]);
        const leaked = forbidden.filter((secret) => text.includes(secret));
        expect([`${who} GET ${url}`, leaked]).toEqual([`${who} GET ${url}`, []]);
      }
    },
  );

  // Without this the sweep could pass because nothing was seeded or searchable.
  it('shows the same secrets to those entitled to them', async () => {
    const seen = async (who: string, url: string) => {
      const session = sessions.get(who);
      const res = await api(t.app, session?.token).get(url).buffer(true);
      return res.text;
    };
    const [personId, , siteId, incidentId] = ids;
    expect(await seen('caseworker A', `/api/people/${personId}/personal`)).toContain('Qzlegal Leakname');
    expect(await seen('caseworker A', '/api/search?q=Qzalias')).toContain('Qzalias Leakcheck');
    expect(await seen('coordinator', `/api/sites/${siteId}`)).toContain('17 rue Qzsecret');
    expect(await seen('coordinator', `/api/incidents/${incidentId}`)).toContain(WITNESS_SECRET);
    expect(await seen('lawyer (not on the case)', `/api/incidents/${incidentId}`)).toContain(WITNESS_SECRET);
  });
});

/** A person and case of caseworker A's, a site and an incident there; returns their ids. */
async function seedSecrets(app: FastifyInstance, coordinator: { token: string; user: { id: string } }, caseworkerId: string) {
  const [alias, legalName, phone, notes, summary] = CASEWORK_SECRETS;
  const person = await seedPerson(app, { createdById: coordinator.user.id, alias, legalName, phone, notes });
  const kase = await seedCase(app, { personId: person.id, createdById: coordinator.user.id, assigneeIds: [caseworkerId], summary });
  const [address, siteLat, siteLon, incidentLat, incidentLon] = LOCATION_SECRETS.map((s, i) => (i === 0 ? s : Number(s)));
  const site = await api(app, coordinator.token)
    .post('/api/sites')
    .send({ name: 'Leakcheck woods', type: 'informal_site', commune: 'Calais', address, latitude: siteLat, longitude: siteLon });
  if (site.status !== 200) throw new Error(`site: ${site.status} ${JSON.stringify(site.body)}`);
  const terms = await termIds(app, coordinator.token);
  const body = incidentBody(terms, {
    siteId: site.body.site.id,
    latitude: incidentLat,
    longitude: incidentLon,
    witnesses: [{ key: 'w1', alias: 'Witness Leakcheck', willingToTestify: true, contact: WITNESS_SECRET }],
  });
  const incident = await api(app, coordinator.token).post('/api/incidents').send(body);
  if (incident.status >= 300) throw new Error(`incident: ${incident.status} ${JSON.stringify(incident.body)}`);
  return [person.id, kase.id, site.body.site.id as string, incident.body.incident?.id ?? incident.body.id];
}
