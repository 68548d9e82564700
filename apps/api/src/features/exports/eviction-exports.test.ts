import { Prisma } from '@vigil/db';
import type { TestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { closeWorld } from './export-fixtures';
import { evictionCsvSelect } from './eviction-csv-sql';
import { evictionWorld } from './eviction-export-fixtures';
import { evictionRecords } from './eviction-records';
import { getText, parseCsv } from './csv-fixtures';

type World = Awaited<ReturnType<typeof evictionWorld>>;

describe('eviction exports', () => {
  let w: World;
  let t: TestApp;
  beforeAll(async () => {
    w = await evictionWorld('vigil-eviction-exports-');
    t = w.t;
  });
  afterAll(() => closeWorld(w));

  const get = (token: string, url: string) => getText(t.app, token, url);

  it('needs reports.export', async () => {
    for (const url of ['/api/evictions/export.csv', '/api/evictions/export.json']) {
      for (const role of ['volunteer', 'legal_observer', 'admin'] as const) {
        expect((await api(t.app, (await signedIn(t.app, role)).token).get(url)).status).toBe(403);
      }
      expect((await api(t.app).get(url)).status).toBe(401);
    }
  });

  it('streams one CSV row per eviction, oldest first, with the site area but no exact location', async () => {
    const res = await get(w.lawyer.token, '/api/evictions/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/filename="vigil-evictions-.*\.csv"/);
    const text = res.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    // The lawyer reviews evictions, so sees the observer's draft too.
    expect(rows.map((r) => r.reference)).toEqual(['EVC-2026-000101', 'EVC-2026-000102', 'EVC-2026-000103']);
    expect(rows[0]).toMatchObject({
      status: 'submitted',
      site: 'Dunes camp',
      commune: 'Calais',
      site_area: 'North of the ring road',
      site_address: '',
      latitude: '',
      longitude: '',
      start_at: '2026-02-14T06:00:00.000Z',
      end_at: '2026-02-14T09:30:00.000Z',
      announced: 'true',
      bailiff_present: 'true',
      other_actors: 'Cleaning contractor',
      legal_basis: 'none_shown',
      people_affected: '60',
      minors_affected: '7',
      shelter_offered: 'true',
      shelter_where: 'CAES Arras',
      shelter_accepted: '8',
      id_checks: '4',
      arrests: '1',
      observers_obstructed: 'true',
      observers_detained: '',
      forces: 'crs',
      units: 'CRS 8',
      officer_count: '30',
      vehicle_count: '6',
      property_seized: '3',
      property_destroyed: '12',
      property: '3 phones seized; 12 tents destroyed',
      log_entries: '2',
      log_corrections: '1',
      linked_incidents: w.seeded.a.reference,
      file_count: '1',
      file_sha256: w.evictionFile.sha256,
      notes: `'=cmd|" "/C calc"!A0 stays text`,
    });
    expect(rows[1]).toMatchObject({ legal_basis: 'order_shown', order_reference: 'TJ Dunkerque 26/00123' });
    expect(text).not.toContain('rue des Dunes');
    expect(text).not.toContain('50.958');
    expect(text).not.toContain(w.observer.user.displayName);
  });

  it('filters like the eviction list and rejects bad filters with the field named', async () => {
    const res = await get(
      w.coordinator.token,
      '/api/evictions/export.csv?legalBasis=none_shown&commune=Calais',
    );
    expect(parseCsv((res.body as string).slice(1)).map((r) => r.reference)).toEqual(['EVC-2026-000101']);
    const bad = await api(t.app, w.coordinator.token).get(
      '/api/evictions/export.csv?legalBasis=maybe&colour=red',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/legalBasis/)]),
    );
  });

  it('streams JSON detail records with the log, linked incidents and files, members by pseudonym', async () => {
    const res = await get(w.coordinator.token, '/api/evictions/export.json?from=2026-02-01&to=2026-02-28');
    expect(res.status).toBe(200);
    const [x, ...rest] = JSON.parse(res.body as string);
    expect(rest).toEqual([]);
    expect(x).toMatchObject({
      reference: 'EVC-2026-000101',
      siteLocation: { area: 'North of the ring road' },
      linkedIncidents: [{ id: w.seeded.a.id, reference: w.seeded.a.reference }],
      files: [{ id: w.evictionFile.id, sha256: w.evictionFile.sha256 }],
      forces: [{ force: { code: 'crs' }, unit: 'CRS 8', officerCount: 30 }],
    });
    expect(x.siteLocation.address).toBeUndefined();
    expect(x.log).toHaveLength(2);
    expect(x.log[1]).toMatchObject({ correctsId: x.log[0].id, enteredAt: '2026-02-14T10:00:00.000Z' });
    expect(x.author.displayName).toMatch(/^member-[\w-]{8}$/);
    expect(x.log[0].author).toBe(x.author.displayName);
    expect(res.body).not.toContain(w.observer.user.displayName);
  });

  it('includes names with reports.export_identities; exact places also need sites.read_exact_location', async () => {
    expect(
      (await api(t.app, w.coordinator.token).get('/api/evictions/export.json?includeIdentities=true')).status,
    ).toBe(403);
    const res = await get(w.lawyer.token, '/api/evictions/export.json?includeIdentities=true');
    const [x] = JSON.parse(res.body as string);
    expect(x.author.displayName).toBe(w.observer.user.displayName);
    // Lawyers hold no sites.read_exact_location: identities do not widen that.
    expect(x.siteLocation.address).toBeUndefined();
    const csv = parseCsv(
      ((await get(w.lawyer.token, '/api/evictions/export.csv?includeIdentities=true')).body as string).slice(
        1,
      ),
    );
    expect(csv[0]!.site_address).toBe('');
  });

  it('gives exact places only where they are disclosed (identities and sites.read_exact_location)', async () => {
    // No built-in role holds both permissions; the disclosed path is checked below the routes.
    const only = Prisma.sql`e.reference = 'EVC-2026-000101'`;
    const [exact] = await t.app.db.$queryRaw<Record<string, unknown>[]>(
      evictionCsvSelect(only, Prisma.sql`TRUE`, true, 'en'),
    );
    expect(exact).toMatchObject({
      site_address: '12 rue des Dunes, 62100 Calais',
      latitude: 50.9581,
      longitude: 1.8321,
    });
    const [coarse] = await t.app.db.$queryRaw<Record<string, unknown>[]>(
      evictionCsvSelect(only, Prisma.sql`TRUE`, false, 'en'),
    );
    expect(coarse).toMatchObject({ site_address: null, latitude: null, site_area: 'North of the ring road' });
    const scope = (exactLocation: boolean) => ({
      includeIdentities: true,
      disclosure: { exactLocation },
      memberRef: (u: { displayName: string }) => u.displayName,
    });
    const ids = [w.evictions.x.id];
    const [disclosed] = await evictionRecords(t.app.db, ids, scope(true), Prisma.sql`TRUE`);
    expect(disclosed!.siteLocation).toEqual({
      area: 'North of the ring road',
      address: '12 rue des Dunes, 62100 Calais',
      latitude: 50.9581,
      longitude: 1.8321,
    });
    const [kept] = await evictionRecords(t.app.db, ids, scope(false), Prisma.sql`TRUE`);
    expect(kept!.siteLocation).toEqual({ area: 'North of the ring road' });
  });

  it('audits every export and records the listed files in their chain of custody', async () => {
    const audits = await t.app.db.auditEvent.findMany({
      where: { action: 'evictions.export', actorId: w.lawyer.user.id },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => JSON.parse(a.meta!))).toEqual([
      { format: 'csv', count: 3, includeIdentities: false },
      { format: 'json', count: 3, includeIdentities: true },
      { format: 'csv', count: 3, includeIdentities: true },
    ]);
    expect(audits[1]!.fields).toEqual(['members.displayName']);
    const custody = await t.app.db.custodyEvent.findMany({
      where: { fileId: w.evictionFile.id, action: 'exported' },
    });
    expect(custody.map((c) => c.note)).toEqual(
      expect.arrayContaining(['CSV eviction export', 'JSON eviction export']),
    );
  });

  it('treats hostile filter values as data', async () => {
    const query = new URLSearchParams([['commune', "Calais'); DELETE FROM evictions; --"]]).toString();
    const res = await get(w.lawyer.token, `/api/evictions/export.csv?${query}`);
    expect(res.status).toBe(200);
    expect(parseCsv((res.body as string).slice(1))).toEqual([]);
    expect(await t.app.db.eviction.count()).toBe(3);
  });
});
