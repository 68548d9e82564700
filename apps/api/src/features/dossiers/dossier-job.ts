import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { type ManifestPayload, MANIFEST_FORMAT, can } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import type { KeyRing } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import type { BlobStorage } from '../evidence/storage/blob-storage';
import { custodyRecorder } from '../exports/export-custody';
import { disclosedFields, exportScope } from '../exports/export-redaction';
import { createEvictionStatsService } from '../evictions/eviction-stats';
import { computeStats } from '../exports/incident-stats';
import type { IncidentsService } from '../incidents/incident-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { expiryOf } from './dossier-expiry';
import { writeDossierPdf } from './dossier-pdf';
import { dossierSelection } from './dossier-selection';
import { type SigningKey, signManifest } from './dossier-signing';
import { evictionFilterInWords, filterInWords } from './filter-words';
import { wordsFor } from './pdf-labels';

export const DOSSIER_QUEUE = 'dossier-generate';

export interface DossierJobDeps {
  db: Db;
  storage: BlobStorage;
  keys: KeyRing;
  signingKey: SigningKey;
  incidents: IncidentsService;
  vocabularies: VocabulariesService;
  audit: AuditService;
  instance: string;
  /** Days the PDF and manifest are kept once ready (DOSSIER_RETENTION_DAYS). */
  retentionDays: number;
  log: FastifyBaseLogger;
}

/** Writes `progress` at most every 5 points or every second: a few dozen updates per dossier. */
function progressWriter(db: Db, id: string) {
  let last = 0;
  let lastAt = Date.now();
  return async (percent: number) => {
    const value = Math.min(99, Math.floor(percent));
    if (value <= last || (value - last < 5 && Date.now() - lastAt < 1_000)) return;
    last = value;
    lastAt = Date.now();
    await db.dossier.update({ where: { id }, data: { progress: value } });
  };
}

/**
 * The background job: PDF, then the signed manifest naming the PDF's hash, then custody events, audit
 * entry and the ready state in one transaction. It runs as the requester, with the permissions they
 * hold now (a revoked permission stops a queued dossier).
 */
export function createDossierJob(deps: DossierJobDeps) {
  const { db, storage } = deps;
  const evictionStats = createEvictionStatsService(db);
  return async ({ dossierId }: { dossierId: string }, jobId: string): Promise<void> => {
    const dossier = await db.dossier.findUnique({ where: { id: dossierId } });
    // Already finished or expired (a retry after a crash may come late): nothing to do.
    if (!dossier || (dossier.status !== 'queued' && dossier.status !== 'running')) return;
    const fail = (error: string) =>
      db.dossier.update({
        where: { id: dossierId },
        data: { status: 'failed', error, finishedAt: new Date() },
      });
    const user = await db.user.findUnique({ where: { id: dossier.requestedById } });
    if (!user || user.status !== 'active' || !can(user.role, 'reports.export')) {
      await fail('The account that requested this dossier may no longer export');
      return;
    }
    const actor: Actor = { userId: user.id, role: user.role, sessionId: '', requestId: `job:${jobId}` };
    await db.dossier.update({
      where: { id: dossierId },
      data: { status: 'running', progress: 0, error: null },
    });
    const keys: string[] = [];
    try {
      const selection = await dossierSelection(deps, actor, dossier.query, dossier.evictionQuery);
      const scope = exportScope(deps.incidents, deps.keys, actor, dossier.includeIdentities);
      const stats = await computeStats(db, selection.incidentWhere);
      const evictions =
        selection.evictionWhere && selection.evictionFilter
          ? {
              where: selection.evictionWhere,
              stats: await evictionStats.forFilter(actor, {
                ...selection.evictionFilter,
                timeZone: 'UTC',
                recentIntervals: 0,
                timelineLimit: 0,
              }),
            }
          : null;
      const words = wordsFor(dossier.language);
      const generatedAt = new Date();
      const pdfKey = `dossiers/${dossierId}/${randomUUID()}.pdf`;
      keys.push(pdfKey);
      const pdf = await writeDossierPdf({
        db,
        storage,
        key: pdfKey,
        where: selection.incidentWhere,
        incidentVisible: selection.incidentVisible,
        evictions,
        scope,
        stats,
        cover: {
          dossierId,
          instance: deps.instance,
          generatedAt,
          filterLines: await filterInWords(db, selection.incidentFilter, words),
          evictionFilterLines: selection.evictionFilter
            ? await evictionFilterInWords(db, selection.evictionFilter, words)
            : null,
          evictionCount: evictions?.stats.total ?? null,
          includeIdentities: dossier.includeIdentities,
          requestedBy: scope.memberRef(user),
        },
        words,
        onProgress: progressWriter(db, dossierId),
      });
      const payload: ManifestPayload = {
        format: MANIFEST_FORMAT,
        dossierId,
        instance: deps.instance,
        generatedAt: generatedAt.toISOString(),
        query: dossier.query,
        includeIdentities: dossier.includeIdentities,
        pdf: { sha256: pdf.sha256, sizeBytes: pdf.sizeBytes },
        incidents: pdf.incidents,
        files: pdf.files,
        ...(evictions ? { evictionQuery: dossier.evictionQuery, evictions: pdf.evictions } : {}),
      };
      const manifestKey = `dossiers/${dossierId}/${randomUUID()}.manifest.json`;
      keys.push(manifestKey);
      const manifest = JSON.stringify(signManifest(payload, deps.signingKey), null, 2);
      await storage.put(manifestKey, Readable.from([Buffer.from(manifest)]));
      const finishedAt = new Date();
      await db.$transaction(
        async (tx) => {
          const custody = custodyRecorder(tx, {
            actorId: actor.userId,
            requestId: actor.requestId,
            note: `Dossier ${dossierId}`,
          });
          await custody.add(pdf.files.map((f) => f.id));
          await custody.flush();
          await deps.audit.byActor(tx, actor, {
            action: 'dossier.generate',
            entityType: 'dossier',
            entityId: dossierId,
            fields: disclosedFields(scope),
            meta: {
              count: pdf.incidents.length,
              ...(evictions ? { evictions: pdf.evictions.length } : {}),
              files: pdf.files.length,
              includeIdentities: dossier.includeIdentities,
            },
          });
          await tx.dossier.update({
            where: { id: dossierId },
            data: {
              status: 'ready',
              progress: 100,
              incidentCount: pdf.incidents.length,
              evictionCount: evictions ? pdf.evictions.length : null,
              pdfKey,
              pdfSha256: pdf.sha256,
              manifestKey,
              finishedAt,
              expiresAt: expiryOf(finishedAt, deps.retentionDays),
            },
          });
        },
        { timeout: 120_000 },
      );
    } catch (error) {
      deps.log.error({ err: error, dossierId }, 'dossier generation failed');
      await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
      await fail(error instanceof AppError ? error.message : 'Generation failed: see the server log');
    }
  };
}
