import type { TestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { getText, parseCsv } from './csv-fixtures';
import { closeWorld, exportWorld, type seedIncidents } from './export-fixtures';

describe('incident exports', () => {
  let t: TestApp;
  let dir: string;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  let seeded: Awaited<ReturnType<typeof seedIncidents>>;
  let file: { id: string; sha256: string };
  beforeAll(async () => {
    ({ t, dir, observer, coordinator, lawyer, seeded, file } = await exportWorld('vigil-exports-'));
  });
  afterAll(() => closeWorld({ t, dir }));

  const get = (token: string, url: string) => getText(t.app, token, url);

  it('refuses roles without reports.export', async () => {
    const volunteer = await signedIn(t.app, 'volunteer');
    for (const url of ['/api/incidents/export.csv', '/api/incidents/export.json']) {
      expect((await api(t.app, volunteer.token).get(url)).status).toBe(403);
      expect((await api(t.app, observer.token).get(url)).status).toBe(403);
      expect((await api(t.app).get(url)).status).toBe(401);
    }
  });

  it('streams one CSV row per incident with stable English headings, redacted by default', async () => {
    const res = await get(coordinator.token, '/api/incidents/export.csv?status=submitted');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="vigil-incidents-.*\.csv"/);
    const text = res.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows.map((r) => r.reference)).toEqual([
      seeded.a.reference,
      seeded.b.reference,
      seeded.c.reference,
    ]);
    const [a, b] = rows;
    expect(a).toMatchObject({
      act_types: 'gas_on_sleeping_people',
      forces: 'crs',
      units: 'CRS 8',
      rio_shown: 'no',
      victim_count: '41',
      victim_flags: 'minor',
      items_destroyed: '6',
      follow_ups: 'defenseur_des_droits filed DDD-2026-1',
      file_count: '1',
      file_sha256: file.sha256,
      latitude: '',
      longitude: '',
      witness_contacts: '',
    });
    expect(b).toMatchObject({ source_type: 'hearsay', rio_numbers: '123456', injured_acts: '1' });
    // A cell a spreadsheet would evaluate stays text.
    expect(b?.title).toMatch(/^'=HYPERLINK/);
    // The coordinator may see coordinates and contacts on screen, but an export leaves the instance.
    expect(text).not.toContain('+33');
    expect(text).not.toContain('50.95');
    expect(text).not.toContain('signal:');
  });

  it('streams the same records as a JSON array of redacted detail views', async () => {
    const res = await get(coordinator.token, '/api/incidents/export.json?status=submitted');
    expect(res.status).toBe(200);
    const records = JSON.parse(res.body as string);
    expect(records).toHaveLength(3);
    const [a, b] = records;
    expect(a.id).toBe(seeded.a.id);
    expect(a.place.latitude).toBeUndefined();
    expect(a.witnesses[0]).toEqual({ id: expect.any(String), alias: 'Volunteer M.', willingToTestify: true });
    expect(a.files[0].sha256).toBe(file.sha256);
    expect(a.author.displayName).toMatch(/^member-[\w-]{8}$/);
    expect(b.victims[0]).toMatchObject({ alias: 'K.', nationality: null, language: null });
    expect(res.body).not.toContain(observer.user.displayName);
    const empty = await get(coordinator.token, '/api/incidents/export.json?from=2030-01-01');
    expect(JSON.parse(empty.body as string)).toEqual([]);
  });

  it('includes identities only with reports.export_identities, and audits it', async () => {
    const refused = await api(t.app, coordinator.token).get(
      '/api/incidents/export.csv?includeIdentities=true',
    );
    expect(refused.status).toBe(403);
    const res = await get(lawyer.token, '/api/incidents/export.json?includeIdentities=true');
    expect(res.status).toBe(200);
    const [a, b] = JSON.parse(res.body as string);
    expect(a.witnesses[0].contact).toBe('+33 6 00 00 00 00');
    expect(b.victims[0].nationality).toBe('Sudanese');
    // Lawyers do not hold sites.read_exact_location: identities do not widen that.
    expect(a.place.latitude).toBeUndefined();
    const csv = parseCsv(
      ((await get(lawyer.token, '/api/incidents/export.csv?includeIdentities=true')).body as string).slice(1),
    );
    expect(csv[0]!.witness_contacts).toBe('Volunteer M.: +33 6 00 00 00 00');

    const audits = await t.app.db.auditEvent.findMany({
      where: { action: 'incidents.export', actorId: lawyer.user.id },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((e) => JSON.parse(e.meta as string))).toEqual([
      { format: 'json', count: 3, includeIdentities: true },
      { format: 'csv', count: 3, includeIdentities: true },
    ]);
    expect(audits[0]!.fields).toContain('witnesses.contact');
    expect(audits.map((e) => `${e.meta} ${e.fields.join()}`).join()).not.toContain('+33');
  });

  it('records every export in the audit log and in the custody chain of the files it lists', async () => {
    const audits = await t.app.db.auditEvent.findMany({
      where: { action: 'incidents.export', actorId: coordinator.user.id },
    });
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(
      audits.every(
        (e) => (JSON.parse(e.meta as string) as { includeIdentities: boolean }).includeIdentities === false,
      ),
    ).toBe(true);
    const custody = await t.app.db.custodyEvent.findMany({ where: { fileId: file.id, action: 'exported' } });
    expect(custody.length).toBeGreaterThanOrEqual(4);
    expect(custody.map((c) => c.note)).toEqual(expect.arrayContaining(['CSV export', 'JSON export']));
  });

  it('writes the same cells from PostgreSQL (COPY) as the app-side writer does', async () => {
    const copied = (await get(lawyer.token, '/api/incidents/export.csv')).body as string;
    const written = (await get(lawyer.token, '/api/incidents/export.csv?includeIdentities=true'))
      .body as string;
    const withoutContacts = (text: string) =>
      parseCsv(text.slice(1)).map(({ witness_contacts: _contacts, ...rest }) => rest);
    expect(copied.split('\n')[0]).toBe(written.split('\n')[0]);
    expect(withoutContacts(copied)).toEqual(withoutContacts(written));
    expect(withoutContacts(copied)).toHaveLength(3);
  });

  it('treats hostile filter values as data, never as SQL', async () => {
    const hostile = [
      "x'; DROP TABLE incidents; --",
      "\\'; SELECT pg_sleep(5); --",
      '$$ OR TRUE $$',
      "') OR ('1'='1",
    ];
    for (const value of hostile) {
      const query = new URLSearchParams([
        ['q', value],
        ['commune', value],
        ['unit', value],
      ]).toString();
      const res = await get(lawyer.token, `/api/incidents/export.csv?${query}`);
      expect(res.status).toBe(200);
      expect(parseCsv((res.body as string).slice(1))).toEqual([]);
    }
    expect(await t.app.db.incident.count()).toBe(4);
  });

  it('rejects a bad filter before streaming anything', async () => {
    const res = await api(t.app, lawyer.token).get('/api/incidents/export.csv?rioShown=maybe');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toMatch(/rioShown/);
  });
});
