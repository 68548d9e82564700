import { type Role, allows } from '@vigil/contracts';
import fc from 'fast-check';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api } from '../../test/fixtures';
import { arbitraryFor } from '../../test/json-schema-arbitrary';
import { type OperationTarget, operationTargets } from '../../test/openapi-targets';
import { UNKNOWN_ID } from '../../test/routes';
import {
  type LeakSession,
  OUTSIDERS,
  WITNESS_SECRET,
  forbiddenFor,
  seedLeakWorld,
} from './record-leak-fixtures';

/** Every GET the role may call, once per seeded id in its path and with searches for the secrets. */
function* readsFor(targets: OperationTarget[], role: Role, ids: string[]): Generator<string> {
  for (const target of targets.filter((x) => x.method === 'GET' && allows(role, x.access))) {
    const props = target.query?.properties ?? {};
    const required = Object.fromEntries(
      (target.query?.required ?? []).map((key) => [
        key,
        fc.sample(arbitraryFor(props[key] ?? {}), { numRuns: 1, seed: 7 })[0],
      ]),
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
  let sessions: Map<string, LeakSession>;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    ({ sessions, ids } = await seedLeakWorld(t.app));
  });
  afterAll(() => t.close());

  it.each(OUTSIDERS)(
    'as %s not on the case: none of it, nor exact places or contacts without the permission',
    async (role) => {
      const who = `${role} (not on the case)`;
      const session = sessions.get(who);
      if (!session) throw new Error(who);
      const forbidden = forbiddenFor(session.role, session.assigned);
      for (const url of readsFor(operationTargets(t.app), session.role, ids)) {
        const res = await api(t.app, session.token).get(url).buffer(true);
        const text = res.text ?? String(res.body ?? '');
        expect([`${who} GET ${url} → ${res.status}`, res.status < 500]).toEqual([
          `${who} GET ${url} → ${res.status}`,
          true,
        ]);
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
