import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { incidentBody, termIds } from '../incidents/incident-fixtures';

/**
 * A small known data set for stats, exports and dossiers (all submitted by one observer, plus one of
 * their drafts):
 * - A, 2026-02-14 Calais: gas on sleeping people by CRS 8 (RIO not shown); a witness with a contact,
 *   exact coordinates, a minor; one evidence file.
 * - B, 2026-03-02 Grande-Synthe, HEARSAY: gas in the face by CRS (RIO shown, 123456) and baton blows by
 *   gendarmes (RIO not seen); a witness with a contact.
 * - C, 2026-03-20 Calais: ID check by police nationale (RIO shown).
 * - D, a draft (2026-03-25 Calais, ID check): visible to its author and to coordinators only.
 */
export async function seedIncidents(app: FastifyInstance, token: string, terms: Record<string, string>) {
  const post = async (body: Record<string, unknown>) => {
    const res = await api(app, token).post('/api/incidents').send(body);
    if (res.status !== 200) throw new Error(`seed failed: ${JSON.stringify(res.body)}`);
    return res.body.incident as { id: string; reference: string; version: number };
  };
  const a = await post(incidentBody(terms));
  const b = await post(
    incidentBody(terms, {
      title: '=HYPERLINK("http://x") Gas and batons at the wood',
      narrative: 'People living there said the police came at dawn.',
      startAt: '2026-03-02T05:30:00.000Z',
      commune: 'Grande-Synthe',
      latitude: null,
      longitude: null,
      coordinatePrecisionM: null,
      sourceType: 'hearsay',
      victims: [{ key: 'v1', alias: 'K.', nationality: 'Sudanese', language: 'Arabic' }],
      perpetrators: [
        { key: 'p1', forceId: terms.crs, unit: 'CRS 40', rioShown: 'yes', rioNumber: '123456' },
        { key: 'p2', forceId: terms.gendarmerie, rioShown: 'not_seen' },
      ],
      acts: [
        { actTypeId: terms.gas_in_face, victimKeys: ['v1'], perpetratorKeys: ['p1'] },
        {
          actTypeId: terms.baton_blows,
          victimKeys: ['v1'],
          perpetratorKeys: ['p2'],
          injuries: 'Bruised arm',
        },
      ],
      witnesses: [{ key: 'w1', alias: 'Neighbour R.', contact: 'signal:@witness-b' }],
      followUps: [],
    }),
  );
  const c = await post(
    incidentBody(terms, {
      title: 'ID check at the distribution',
      startAt: '2026-03-20T08:00:00.000Z',
      latitude: null,
      longitude: null,
      coordinatePrecisionM: null,
      victims: [],
      perpetrators: [{ key: 'p1', forceId: terms.police_nationale, rioShown: 'yes' }],
      acts: [{ actTypeId: terms.id_check, perpetratorKeys: ['p1'] }],
      witnesses: [],
      followUps: [],
    }),
  );
  const d = await post({
    title: 'Draft: ID check near the station',
    startAt: '2026-03-25T08:00:00.000Z',
    sourceType: 'first_hand',
    commune: 'Calais',
    perpetrators: [{ key: 'p1', forceId: terms.police_nationale }],
    acts: [{ actTypeId: terms.id_check, perpetratorKeys: ['p1'] }],
  });
  return { a, b, c, d };
}

/**
 * An evidence file row on an incident or an eviction, with its 'uploaded' custody event (no bytes
 * needed here).
 */
export async function attachFile(
  app: FastifyInstance,
  owner: string | { evictionId: string },
  uploadedById: string,
  file: { originalName: string; mediaType: string; sizeBytes: number } = {
    originalName: 'crs-van.jpg',
    mediaType: 'image/jpeg',
    sizeBytes: 123_456,
  },
) {
  const id = randomUUID();
  const sha256 = createHash('sha256').update(id).digest('hex');
  await app.db.evidenceFile.create({
    data: {
      id,
      ...(typeof owner === 'string' ? { incidentId: owner } : owner),
      ...file,
      sha256,
      storageKey: `originals/${id}`,
      uploadedById,
      acquiredFrom: 'Observer team',
    },
  });
  await app.db.custodyEvent.create({ data: { fileId: id, actorId: uploadedById, action: 'uploaded' } });
  return { id, sha256 };
}

/**
 * The app on a fresh database and evidence folder, an observer, a coordinator and a lawyer, the data
 * set above and one evidence file on incident A: what the export and dossier tests all start from.
 */
export async function exportWorld(folderPrefix: string) {
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000', EVIDENCE_DIR: dir });
  const [observer, coordinator, lawyer] = await Promise.all([
    signedIn(t.app, 'legal_observer'),
    signedIn(t.app, 'coordinator'),
    signedIn(t.app, 'lawyer'),
  ]);
  const seeded = await seedIncidents(t.app, observer.token, await termIds(t.app, observer.token));
  const file = await attachFile(t.app, seeded.a.id, observer.user.id);
  return { t, dir, observer, coordinator, lawyer, seeded, file };
}

export async function closeWorld(world: { t: TestApp; dir: string }) {
  await world.t.close();
  rmSync(world.dir, { recursive: true, force: true });
}
