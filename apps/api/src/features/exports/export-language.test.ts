import type { TestApp } from '../../test/test-app';
import { getText, parseCsv } from './csv-fixtures';
import { closeWorld } from './export-fixtures';
import { evictionWorld } from './eviction-export-fixtures';

type World = Awaited<ReturnType<typeof evictionWorld>>;

/** The header row and the rows of a CSV download (after its byte-order mark). */
const split = (text: string) => ({
  header: text.slice(1).split('\n')[0]!.split(','),
  rows: parseCsv(text.slice(1)),
});

describe('exports in French (lang=fr)', () => {
  let w: World;
  let t: TestApp;
  beforeAll(async () => {
    w = await evictionWorld('vigil-export-language-');
    t = w.t;
  });
  afterAll(() => closeWorld(w));

  const get = async (url: string) => (await getText(t.app, w.lawyer.token, url)).body as string;
  const frLabel = async (code: string) =>
    (await t.app.db.vocabularyTerm.findFirstOrThrow({ where: { kind: 'act_type', code } })).labelFr;

  it('gives the incident CSV French headings, French labels and words, in the same columns', async () => {
    const en = split(await get('/api/incidents/export.csv?status=submitted'));
    const fr = split(await get('/api/incidents/export.csv?status=submitted&lang=fr'));
    expect(fr.header).toHaveLength(en.header.length);
    expect(fr.header).toEqual(
      expect.arrayContaining(['référence', 'types d’actes (libellés)', 'vérification']),
    );
    expect(fr.header).not.toContain('reference');
    expect(fr.rows.map((r) => r['référence'])).toEqual(en.rows.map((r) => r.reference));
    const [a, b] = fr.rows;
    expect(a).toMatchObject({
      'types d’actes (codes)': 'gas_on_sleeping_people',
      'types d’actes (libellés)': await frLabel('gas_on_sleeping_people'),
      'forces (codes)': 'crs',
      'RIO visible': 'non visible',
      'particularités des victimes': 'mineur·es',
      'statut de la fiche': 'soumis',
      'contacts des témoins': '',
      latitude: '',
    });
    expect(b).toMatchObject({ 'type de source': 'OUÏ-DIRE', 'numéros RIO': '123456' });
    // Redaction does not depend on the language.
    const text = await get('/api/incidents/export.csv?lang=fr');
    expect(text).not.toContain('+33');
    expect(text).not.toContain('50.95');
  });

  it('writes the same French cells from PostgreSQL (COPY) as the app-side writer does', async () => {
    const copied = await get('/api/incidents/export.csv?lang=fr');
    const written = await get('/api/incidents/export.csv?lang=fr&includeIdentities=true');
    const withoutContacts = (text: string) =>
      parseCsv(text.slice(1)).map(({ 'contacts des témoins': _contacts, ...rest }) => rest);
    expect(copied.split('\n')[0]).toBe(written.split('\n')[0]);
    expect(withoutContacts(copied)).toEqual(withoutContacts(written));
    expect(withoutContacts(copied).length).toBeGreaterThan(0);
  });

  it('gives the eviction CSV French headings and words, in the same columns', async () => {
    const en = split(await get('/api/evictions/export.csv'));
    const fr = split(await get('/api/evictions/export.csv?lang=fr'));
    expect(fr.header).toHaveLength(en.header.length);
    expect(fr.rows).toHaveLength(en.rows.length);
    expect(fr.rows[0]).toMatchObject({
      référence: 'EVC-2026-000101',
      'statut de la fiche': 'soumis',
      'base légale présentée': 'AUCUNE DÉCISION PRÉSENTÉE',
      'huissier présent': 'oui',
      'observateur·ices retenu·es': '',
      'forces (codes)': 'crs',
      'biens (détail)': '3 phones saisi; 12 tents détruit',
      adresse: '',
    });
    expect(fr.rows[1]).toMatchObject({ 'base légale présentée': 'décision présentée' });
  });

  it('keeps the JSON export in its machine keys and codes whatever the language', async () => {
    const [a] = JSON.parse(await get('/api/incidents/export.json?status=submitted&lang=fr'));
    expect(a).toMatchObject({ reference: expect.any(String), sourceType: expect.any(String) });
    expect(['first_hand', 'testimony', 'hearsay', 'media']).toContain(a.sourceType);
  });

  it('rejects a language it does not write', async () => {
    expect((await getText(t.app, w.lawyer.token, '/api/incidents/export.csv?lang=de')).status).toBe(400);
    expect((await getText(t.app, w.lawyer.token, '/api/evictions/export.csv?lang=ar')).status).toBe(400);
  });
});
