import { rm } from 'node:fs/promises';
import { type ExportLanguage, can } from '@vigil/contracts';
import { download, pdfTextOf, waitForDossier } from '../../features/dossiers/dossier-fixtures';
import { tempEvidenceDir } from '../../features/evidence/evidence-fixtures';
import { evictionBody, submittedEviction } from '../../features/evictions/eviction-fixtures';
import { api } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import {
  CAST,
  LOCATION_SECRETS,
  type LeakSession,
  WITNESS_SECRET,
  forbiddenFor,
  seedLeakWorld,
} from './record-leak-fixtures';

const LANGUAGES: ExportLanguage[] = ['en', 'fr'];

/**
 * A secret as a dossier could print it: coordinates come out rounded (5 decimals) and, in French,
 * with a decimal comma, so their first 4 decimals are searched in both notations.
 */
function renderings(secret: string): string[] {
  if (!/^\d+\.\d{5,}$/.test(secret)) return [secret];
  const short = secret.slice(0, secret.indexOf('.') + 5);
  return [secret, short, short.replace('.', ',')];
}

/**
 * What a dossier must not hold: what its requester may not read anywhere (the record-level rules), and,
 * redacted (the default), what exports never carry whatever the reader may see on screen: witness
 * contacts, exact coordinates and addresses.
 */
function forbiddenInDossier(session: LeakSession, includeIdentities: boolean): string[] {
  const secrets = new Set(forbiddenFor(session.role, session.assigned));
  if (!includeIdentities) for (const secret of [WITNESS_SECRET, ...LOCATION_SECRETS]) secrets.add(secret);
  return [...secrets].flatMap(renderings);
}

/**
 * Record-level rules through the dossiers, which a POST generates in the background: every role that
 * may export generates one over everything it can see (incidents and evictions), redacted and, where
 * allowed, with identities, in each language; every artefact it downloads (the status and list
 * answers, the PDF's bytes and its decoded text, the signed manifest) must not hold the secrets.
 */
describe('no dossier leaks what the record rules hide', () => {
  let t: TestApp;
  let dir: string;
  let ids: string[];
  let evictionId: string;
  let sessions: Map<string, LeakSession>;
  beforeAll(async () => {
    dir = await tempEvidenceDir();
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000', EVIDENCE_DIR: dir });
    ({ sessions, ids } = await seedLeakWorld(t.app));
    // An eviction at the secret site, so the dossier's eviction sections (which print the site's place) are covered.
    const coordinator = sessions.get('coordinator')!;
    evictionId = await submittedEviction(t.app, coordinator.token, evictionBody(ids[2]!));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Generates a dossier over everything and returns every artefact as text. */
  async function generate(session: LeakSession, includeIdentities: boolean, language: ExportLanguage) {
    const created = await api(t.app, session.token)
      .post('/api/dossiers')
      .send({ query: '', evictionQuery: '', includeIdentities, language });
    expect(created.status).toBe(202);
    const dossier = await waitForDossier(t.app, session.token, created.body.dossier.id);
    expect(dossier).toMatchObject({ status: 'ready', error: null });
    const parts: Record<string, string> = {};
    parts.status = JSON.stringify(dossier);
    parts.list = (await api(t.app, session.token).get('/api/dossiers')).text;
    const pdf = await download(t.app, session.token, `/api/dossiers/${dossier.id}/pdf`);
    expect(pdf.status).toBe(200);
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    parts.pdfBytes = bytes.toString('latin1');
    parts.pdfText = pdfTextOf(bytes);
    const manifest = await download(t.app, session.token, `/api/dossiers/${dossier.id}/manifest`);
    expect(manifest.status).toBe(200);
    parts.manifest = (manifest.body as Buffer).toString('utf8');
    return parts;
  }

  it.each(CAST)('as $who: no dossier, or none holding what the rules hide', async ({ who }) => {
    const session = sessions.get(who)!;
    const post = (includeIdentities: boolean) =>
      api(t.app, session.token)
        .post('/api/dossiers')
        .send({ query: '', evictionQuery: '', includeIdentities });
    if (!can(session.role, 'reports.export')) {
      expect((await post(false)).status).toBe(403);
      return;
    }
    const variants = [false, true].filter((identities) => {
      return !identities || can(session.role, 'reports.export_identities');
    });
    if (!can(session.role, 'reports.export_identities')) expect((await post(true)).status).toBe(403);
    for (const includeIdentities of variants) {
      const forbidden = forbiddenInDossier(session, includeIdentities);
      for (const language of LANGUAGES) {
        const parts = await generate(session, includeIdentities, language);
        // Without this the sweep could pass because the dossier covered nothing.
        const manifest = JSON.parse(parts.manifest!) as {
          payload: { incidents: { id: string }[]; evictions?: { id: string }[] };
        };
        expect(manifest.payload.incidents.map((i) => i.id)).toContain(ids[3]);
        expect(manifest.payload.evictions?.map((e) => e.id)).toContain(evictionId);
        const what = `${who}, ${includeIdentities ? 'with identities' : 'redacted'}, ${language}`;
        const leaked = Object.entries(parts).flatMap(([part, text]) =>
          forbidden.filter((secret) => text.includes(secret)).map((secret) => `${part}: ${secret}`),
        );
        expect([what, leaked]).toEqual([what, []]);
      }
    }
  });

  // Without this the sweep could pass because the secrets never reach a dossier at all.
  it.each(LANGUAGES)('gives witness contacts to a lawyer who includes identities (%s)', async (language) => {
    const lawyer = sessions.get('lawyer (not on the case)')!;
    const withIdentities = await generate(lawyer, true, language);
    expect(withIdentities.pdfText).toContain(WITNESS_SECRET);
    const redacted = await generate(lawyer, false, language);
    expect(redacted.pdfText).toContain('Witness Leakcheck');
    expect(redacted.pdfText).not.toContain(WITNESS_SECRET);
  });
});
