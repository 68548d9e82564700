import type { TestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { incidentBody, termIds } from '../incidents/incident-fixtures';
import { getText, parseCsv } from './csv-fixtures';
import { attachFile, closeWorld, exportWorld, type seedIncidents } from './export-fixtures';

/**
 * The CSV export reads child-derived cells from incident_export_rows: every write that changes them
 * (an edit of the incident, a new evidence file, a relabelled act type) must change that row in the same
 * transaction, so COPY keeps writing what the app-side writer computes from the children.
 */
describe('incident export read model', () => {
  let t: TestApp;
  let dir: string;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  let seeded: Awaited<ReturnType<typeof seedIncidents>>;
  let terms: Record<string, string>;
  beforeAll(async () => {
    ({ t, dir, observer, lawyer, seeded } = await exportWorld('vigil-export-rows-'));
    terms = await termIds(t.app, observer.token);
  });
  afterAll(() => closeWorld({ t, dir }));

  const copiedRows = async () =>
    parseCsv(((await getText(t.app, lawyer.token, '/api/incidents/export.csv')).body as string).slice(1));
  const rowOf = (id: string) => t.app.db.incidentExportRow.findUniqueOrThrow({ where: { incidentId: id } });

  /** The COPY file equals the app-side writer's, which aggregates the child tables itself. */
  async function expectCopyMatchesChildren() {
    const written = parseCsv(
      (
        (await getText(t.app, lawyer.token, '/api/incidents/export.csv?includeIdentities=true'))
          .body as string
      ).slice(1),
    );
    const copied = await copiedRows();
    const withoutContacts = (rows: Record<string, string>[]) =>
      rows.map(({ witness_contacts: _contacts, ...rest }) => rest);
    expect(withoutContacts(copied)).toEqual(withoutContacts(written));
  }

  it('gives every incident its row, including ones written outside the incident service', async () => {
    const incidents = await t.app.db.incident.findMany({ select: { id: true } });
    const rows = await t.app.db.incidentExportRow.findMany({ select: { incidentId: true } });
    expect(rows.map((r) => r.incidentId).sort()).toEqual(incidents.map((i) => i.id).sort());
  });

  it('rewrites the row when an edit changes the acts, in the same save', async () => {
    const before = await rowOf(seeded.a.id);
    expect(before).toMatchObject({ actTypes: 'gas_on_sleeping_people', injuredActs: 0, itemsDestroyed: 6 });
    const { version } = (await api(t.app, observer.token).get(`/api/incidents/${seeded.a.id}`)).body
      .incident as { version: number };
    const body = incidentBody(terms, {
      version,
      acts: [
        {
          actTypeId: terms.gas_on_sleeping_people,
          victimKeys: ['v1'],
          perpetratorKeys: ['p1'],
          items: [{ propertyTypeId: terms.tents, fate: 'seized', count: 3 }],
        },
        {
          actTypeId: terms.baton_blows,
          victimKeys: ['v2'],
          perpetratorKeys: ['p1'],
          injuries: 'Bruised forearm',
          medicalCertificate: true,
          quotes: ['Allez !', 'Dégagez !'],
          items: [],
        },
      ],
    });
    const res = await api(t.app, observer.token).put(`/api/incidents/${seeded.a.id}`).send(body);
    expect(res.status).toBe(200);
    expect(await rowOf(seeded.a.id)).toMatchObject({
      actTypes: 'gas_on_sleeping_people; baton_blows',
      injuredActs: 1,
      medicalCertificates: 1,
      quoteCount: 2,
      itemsSeized: 3,
      itemsDestroyed: 0,
    });
    const a = (await copiedRows()).find((r) => r.id === seeded.a.id);
    expect(a).toMatchObject({ act_types: 'gas_on_sleeping_people; baton_blows', injured_acts: '1' });
    await expectCopyMatchesChildren();
  });

  it('leaves the row as it was when the save is refused', async () => {
    const before = await rowOf(seeded.a.id);
    const stale = incidentBody(terms, { version: 1, acts: [] });
    const res = await api(t.app, observer.token).put(`/api/incidents/${seeded.a.id}`).send(stale);
    expect(res.status).toBe(409);
    expect(await rowOf(seeded.a.id)).toEqual(before);
  });

  it('follows new evidence files and relabelled act types', async () => {
    const file = await attachFile(t.app, seeded.b.id, observer.user.id);
    expect(await rowOf(seeded.b.id)).toMatchObject({ fileCount: 1, fileSha256: file.sha256 });
    const admin = await signedIn(t.app, 'admin');
    const relabel = await api(t.app, admin.token)
      .patch(`/api/vocabularies/${terms.baton_blows}`)
      .send({ labelEn: 'Blows with a baton' });
    expect(relabel.status).toBe(200);
    expect((await rowOf(seeded.a.id)).actTypesEn).toMatch(/; Blows with a baton$/);
    await expectCopyMatchesChildren();
  });

  it('rewrites the stored CSV line when the incident or its site changes, whoever writes it', async () => {
    const site = await t.app.db.site.create({ data: { name: 'Wood', type: 'camp', commune: 'Calais' } });
    // Text COPY would quote (comma, quote, newline) and a formula start, written around the service.
    await t.app.db.incident.update({
      where: { id: seeded.b.id },
      data: { siteId: site.id, narrative: '-1, then "Dégagez !"\nsecond line', verificationStatus: 'verified' },
    });
    await t.app.db.site.update({ where: { id: site.id }, data: { name: 'Bois, "Dubrulle"' } });
    expect((await copiedRows()).find((r) => r.id === seeded.b.id)).toMatchObject({
      site: 'Bois, "Dubrulle"',
      narrative: '\'-1, then "Dégagez !"\nsecond line',
      verification_status: 'verified',
    });
    await expectCopyMatchesChildren();
    expect(await t.app.db.incidentExportLine.count()).toBe(await t.app.db.incident.count());
  });
});
