import { createHash } from 'node:crypto';
import type { TestApp } from '../../test/test-app';
import { api } from '../../test/fixtures';
import { evictionWorld } from '../exports/eviction-export-fixtures';
import { closeWorld } from '../exports/export-fixtures';
import { download, pdfTextOf, waitForDossier } from './dossier-fixtures';
import { EN } from './pdf-words-en';
import { FR } from './pdf-words-fr';

type World = Awaited<ReturnType<typeof evictionWorld>>;

// Headings a reader finds their way by; none of the English ones may be left in a French dossier.
const HEADINGS = [
  'summaryFigures',
  'chronology',
  'exhibits',
  'identities',
  'howToRead',
  'evictionSummary',
  'observationLog',
  'hearsayWarning',
  'selectionIncidents',
  'selectionEvictions',
] as const;

describe('dossiers in French', () => {
  let w: World;
  let t: TestApp;
  let text: string;
  let dossier: { id: string; pdfSha256: string; language: string };
  beforeAll(async () => {
    w = await evictionWorld('vigil-dossier-language-');
    t = w.t;
    // Every submitted incident (hearsay B included) and the evictions of February, in French.
    const res = await api(t.app, w.lawyer.token).post('/api/dossiers').send({
      query: 'status=submitted',
      evictionQuery: 'from=2026-02-01&to=2026-02-28',
      language: 'fr',
    });
    expect(res.status).toBe(202);
    expect(res.body.dossier.language).toBe('fr');
    dossier = await waitForDossier(t.app, w.lawyer.token, res.body.dossier.id);
    const pdf = (await download(t.app, w.lawyer.token, `/api/dossiers/${dossier.id}/pdf`)).body as Buffer;
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(dossier.pdfSha256);
    // A line the PDF wrapped ends in a space: joined again, sentences read whole.
    text = pdfTextOf(pdf).replace(/ \n/g, ' ');
  });
  afterAll(() => closeWorld(w));

  it('is stored and listed with its language', async () => {
    expect(dossier).toMatchObject({ status: 'ready', language: 'fr' });
    const list = await api(t.app, w.lawyer.token).get('/api/dossiers');
    expect(list.body.dossiers[0]).toMatchObject({ id: dossier.id, language: 'fr' });
  });

  it('has French headings, labels and words, and no English heading', async () => {
    for (const key of HEADINGS) {
      expect(text).toContain(FR[key]);
      expect(text).not.toContain(EN[key]);
    }
    expect(text).toContain(FR.coverTitle);
    expect(text).not.toContain('EVIDENCE DOSSIER');
    expect(text).toContain('OUÏ-DIRE');
    expect(text).not.toContain('HEARSAY');
    expect(text).toContain('AUCUNE DÉCISION PRÉSENTÉE');
    expect(text).not.toContain('NO ORDER SHOWN');
    const term = await t.app.db.vocabularyTerm.findFirstOrThrow({
      where: { kind: 'act_type', code: 'gas_on_sleeping_people' },
    });
    expect(text).toContain(term.labelFr);
    if (term.labelEn !== term.labelFr) expect(text).not.toContain(term.labelEn);
    // Dates stay ISO-like with their zone.
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });

  it('keeps English the default', async () => {
    const res = await api(t.app, w.lawyer.token).post('/api/dossiers').send({ query: 'status=submitted' });
    expect(res.status).toBe(202);
    expect(res.body.dossier.language).toBe('en');
    const bad = await api(t.app, w.lawyer.token).post('/api/dossiers').send({ query: '', language: 'de' });
    expect(bad.status).toBe(400);
  });
});
