import type { Readable } from 'node:stream';
import {
  type DossierView,
  type ExportLanguage,
  type SignedManifest,
  type VerifyDossierResponse,
  can,
} from '@vigil/contracts';
import type { Db, Dossier } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import type { Jobs } from '../../plugins/app/jobs';
import type { AuditService } from '../audit/audit-service';
import type { BlobStorage } from '../evidence/storage/blob-storage';
import type { IncidentsService } from '../incidents/incident-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { isExpired } from './dossier-expiry';
import { DOSSIER_QUEUE } from './dossier-job';
import { storedQuery } from './dossier-query';
import { dossierSelection, selectionCounts } from './dossier-selection';
import { type SigningKey, checkManifest, fingerprintOf } from './dossier-signing';

export function toDossierView(d: Dossier): DossierView {
  return {
    id: d.id,
    status: d.status,
    progress: d.progress,
    query: d.query,
    evictionQuery: d.evictionQuery,
    includeIdentities: d.includeIdentities,
    language: d.language === 'fr' ? 'fr' : 'en',
    incidentCount: d.incidentCount,
    evictionCount: d.evictionCount,
    pdfSha256: d.pdfSha256,
    error: d.error,
    createdAt: d.createdAt,
    finishedAt: d.finishedAt,
    expiresAt: d.expiresAt,
  };
}

export interface DossierDownload {
  body: Readable;
  filename: string;
  sha256: string | null;
}

export type DossierService = ReturnType<typeof createDossierService>;

export function createDossierService(deps: {
  db: Db;
  storage: BlobStorage;
  jobs: Jobs;
  audit: AuditService;
  incidents: IncidentsService;
  vocabularies: VocabulariesService;
  signingKey: SigningKey;
}) {
  const { db, audit } = deps;
  const identitiesAllowed = (actor: Actor) => can(actor.role, 'reports.export_identities');

  /** A dossier is its requester's alone; anyone else gets the same 404 as for a missing one. */
  async function mine(actor: Actor, id: string): Promise<Dossier> {
    const dossier = await db.dossier.findUnique({ where: { id } });
    if (!dossier || dossier.requestedById !== actor.userId) throw AppError.notFound('Dossier');
    return dossier;
  }

  async function download(actor: Actor, id: string, part: 'pdf' | 'manifest'): Promise<DossierDownload> {
    const dossier = await mine(actor, id);
    if (isExpired(dossier)) {
      throw new AppError(
        'DOSSIER_EXPIRED',
        `This dossier expired on ${dossier.expiresAt?.toISOString() ?? 'an earlier date'} and its files were deleted: generate it again`,
      );
    }
    const key = part === 'pdf' ? dossier.pdfKey : dossier.manifestKey;
    if (dossier.status !== 'ready' || !key) throw AppError.conflict('This dossier is not ready yet');
    // The permission is checked again at download: it may have been withdrawn since generation.
    if (dossier.includeIdentities && !identitiesAllowed(actor)) {
      throw AppError.forbidden(
        'This dossier includes identities: downloading it needs reports.export_identities',
      );
    }
    const body = await deps.storage.get(key);
    await audit.byActor(db, actor, {
      action: 'dossier.download',
      entityType: 'dossier',
      entityId: id,
      meta: { part, includeIdentities: dossier.includeIdentities },
    });
    const extension = part === 'pdf' ? 'pdf' : 'manifest.json';
    return {
      body,
      filename: `vigil-dossier-${id.slice(0, 8)}.${extension}`,
      sha256: part === 'pdf' ? dossier.pdfSha256 : null,
    };
  }

  return {
    async create(
      actor: Actor,
      input: {
        query: string;
        evictionQuery?: string | null;
        includeIdentities: boolean;
        language: ExportLanguage;
      },
    ): Promise<DossierView> {
      const query = storedQuery(input.query);
      const evictionQuery = input.evictionQuery == null ? null : storedQuery(input.evictionQuery);
      const selection = await dossierSelection(deps, actor, query, evictionQuery);
      if (input.includeIdentities && !identitiesAllowed(actor)) {
        throw AppError.forbidden('Including identities needs the reports.export_identities permission');
      }
      const counts = await selectionCounts(db, selection);
      const dossier = await db.$transaction(async (tx) => {
        const created = await tx.dossier.create({
          data: {
            requestedById: actor.userId,
            query,
            evictionQuery,
            includeIdentities: input.includeIdentities,
            language: input.language,
          },
        });
        await audit.byActor(tx, actor, {
          action: 'dossier.create',
          entityType: 'dossier',
          entityId: created.id,
          meta: {
            count: counts.incidents,
            ...(counts.evictions === null ? {} : { evictions: counts.evictions }),
            includeIdentities: input.includeIdentities,
          },
        });
        return created;
      });
      try {
        // Retried after a crash or restart; a run takes minutes at most even for large selections.
        await deps.jobs.send(
          DOSSIER_QUEUE,
          { dossierId: dossier.id },
          { retryLimit: 2, expireInSeconds: 3_600 },
        );
      } catch (error) {
        await db.dossier.update({
          where: { id: dossier.id },
          data: { status: 'failed', error: 'Could not queue the generation', finishedAt: new Date() },
        });
        throw error;
      }
      return toDossierView(dossier);
    },

    async list(actor: Actor): Promise<DossierView[]> {
      const rows = await db.dossier.findMany({
        where: { requestedById: actor.userId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 100,
      });
      return rows.map(toDossierView);
    },

    get: async (actor: Actor, id: string) => toDossierView(await mine(actor, id)),

    pdf: (actor: Actor, id: string) => download(actor, id, 'pdf'),
    manifest: (actor: Actor, id: string) => download(actor, id, 'manifest'),

    /** Checks a manifest (and a PDF's hash) against its signature and this instance's key. */
    async verify(actor: Actor, manifest: SignedManifest, pdfSha256?: string): Promise<VerifyDossierResponse> {
      const check = checkManifest(manifest, { pdfSha256 });
      const signedByThisInstance = manifest.publicKey === deps.signingKey.publicKeyBase64;
      const reasons = [...check.reasons];
      if (!signedByThisInstance) reasons.push("The manifest was not signed with this instance's key");
      const valid = reasons.length === 0;
      await audit.byActor(db, actor, {
        action: 'dossier.verify',
        entityType: 'dossier',
        entityId: check.dossierId && /^[0-9a-f-]{36}$/i.test(check.dossierId) ? check.dossierId : null,
        meta: { valid, pdfChecked: pdfSha256 !== undefined },
      });
      return { valid, reasons, signedByThisInstance, dossierId: check.dossierId };
    },

    publicKey() {
      const { publicKey, publicKeyBase64 } = deps.signingKey;
      return {
        algorithm: 'Ed25519' as const,
        publicKey: publicKeyBase64,
        pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        fingerprint: fingerprintOf(publicKeyBase64),
      };
    },
  };
}
