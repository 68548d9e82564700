import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { termIds } from '../incidents/incident-fixtures';
import { seedIncidents } from './export-fixtures';

describe('incident stats', () => {
  let t: TestApp;
  let dir: string;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let terms: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-stats-'));
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000', EVIDENCE_DIR: dir });
    const observer = await signedIn(t.app, 'legal_observer');
    [lawyer, coordinator] = await Promise.all([signedIn(t.app, 'lawyer'), signedIn(t.app, 'coordinator')]);
    terms = await termIds(t.app, observer.token);
    await seedIncidents(t.app, observer.token, terms);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const stats = async (token: string, query = '') => {
    const res = await api(t.app, token).get(`/api/incidents/stats${query ? `?${query}` : ''}`);
    expect(res.status).toBe(200);
    return res.body.stats;
  };
  const counts = (rows: { code: string; count: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.code, r.count]));

  it('counts a known data set by act type, group, force, month, commune and RIO', async () => {
    const s = await stats(lawyer.token);
    expect(s.total).toBe(3);
    expect(counts(s.byActTypeGroup)).toEqual({ chemical_weapons: 2, physical_violence: 1, id_check: 1 });
    expect(counts(s.byActType)).toEqual({
      gas_on_sleeping_people: 1,
      gas_in_face: 1,
      baton_blows: 1,
      id_check: 1,
    });
    expect(s.byActType.find((r: { code: string }) => r.code === 'gas_in_face').parentId).toBe(
      terms.chemical_weapons,
    );
    expect(counts(s.byForce)).toEqual({ crs: 2, gendarmerie: 1, police_nationale: 1 });
    expect(s.byMonth).toEqual([
      { month: '2026-02', count: 1 },
      { month: '2026-03', count: 2 },
    ]);
    expect(s.byMonthAndActTypeGroup).toEqual(
      expect.arrayContaining([
        { month: '2026-02', actTypeId: terms.chemical_weapons, count: 1 },
        { month: '2026-03', actTypeId: terms.chemical_weapons, count: 1 },
        { month: '2026-03', actTypeId: terms.physical_violence, count: 1 },
        { month: '2026-03', actTypeId: terms.id_check, count: 1 },
      ]),
    );
    expect(s.byMonthAndActTypeGroup).toHaveLength(4);
    expect(s.byCommune).toEqual([
      { commune: 'Calais', count: 2 },
      { commune: 'Grande-Synthe', count: 1 },
    ]);
    expect(s.bySite).toEqual([{ site: null, count: 3 }]);
    expect(s.rio).toEqual({ yes: 2, no: 1, notSeen: 1, shownRate: 2 / 3 });
  });

  it('applies the shared filter, parent act types including their children', async () => {
    const s = await stats(lawyer.token, `actTypeId=${terms.chemical_weapons}&forceId=${terms.crs}`);
    expect(s.total).toBe(2);
    expect(s.rio).toEqual({ yes: 1, no: 1, notSeen: 1, shownRate: 0.5 });
    const none = await stats(lawyer.token, 'from=2027-01-01');
    expect(none).toMatchObject({ total: 0, byActType: [], byMonth: [], rio: { shownRate: null } });
  });

  it('counts only what the reader may list: drafts of others are left out', async () => {
    expect((await stats(coordinator.token)).total).toBe(4);
    expect((await stats(lawyer.token, 'status=draft')).total).toBe(0);
  });

  it('refuses roles without incidents.read and bad filters', async () => {
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, volunteer.token).get('/api/incidents/stats')).status).toBe(403);
    expect((await api(t.app).get('/api/incidents/stats')).status).toBe(401);
    const bad = await api(t.app, lawyer.token).get('/api/incidents/stats?from=yesterday');
    expect(bad.status).toBe(400);
  });
});
