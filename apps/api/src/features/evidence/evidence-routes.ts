import multipart from '@fastify/multipart';
import {
  EVIDENCE_SHA256_HEADER,
  evidenceFileListResponseSchema,
  evidenceFileResponseSchema,
  evidenceMetadataResponseSchema,
  idParamsSchema,
} from '@vigil/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { KeyRing } from '../../lib/secrets';
import type { EvidenceOwner } from './evidence-repository';
import { type OpenedFile, createEvidenceService } from './evidence-service';
import { receiveUpload } from './receive-upload';
import { CASE_DOCUMENT_UPLOADS } from '../casework/documents/documents-repository';
import { EVIDENCE_UPLOADS, sweepOrphans } from './orphan-sweep';
import { openStagingDir, stagingRootOf } from './upload-staging';

const tags = ['evidence'];

/** Evidence is always a download: never rendered by the browser, never cached on the device. */
function sendFile(reply: FastifyReply, file: OpenedFile) {
  return reply
    .type(file.mime)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.stream);
}

const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxBytes = app.config.EVIDENCE_MAX_BYTES;
  // Encapsulated here: only this plugin's routes accept multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 6, fieldSize: 4096 },
  });
  const stagingDir = await openStagingDir(stagingRootOf(app.config));
  // Files a killed process stored without committing their rows: evidence and casework documents,
  // which share the storage. A database or storage that is down at startup must not stop the API: the
  // next start sweeps again.
  await sweepOrphans(app.db, app.storage, [EVIDENCE_UPLOADS, CASE_DOCUMENT_UPLOADS]).then(
    ({ removed }) => {
      if (removed.length)
        app.log.warn({ removed: removed.length }, 'removed stored files of interrupted uploads');
    },
    (err: unknown) => app.log.warn({ err }, 'could not sweep stored files of interrupted uploads'),
  );
  const evidence = createEvidenceService({
    db: app.db,
    storage: app.storage,
    audit: app.services.audit,
    metadataKey: new KeyRing(app.config.MASTER_KEY).derive('evidence-metadata'),
    stagingDir,
    log: app.log,
  });
  const read = app.authorize('incidents.read');
  const readOriginal = app.authorize('evidence.read_original');

  /**
   * The same upload for every kind of record. An Idempotency-Key makes a retried upload (a flaky
   * connection in the field) answer with the file stored the first time instead of storing it again.
   */
  const uploadRoute = (kind: EvidenceOwner['kind'], permission: 'incidents.write' | 'evictions.write') =>
    app.post(
      `/api/${kind}s/:id/files`,
      {
        schema: {
          tags,
          summary: `Upload a photo, video, audio recording or PDF to an ${kind}`,
          description:
            'multipart/form-data with one file in the field `file` and optional fields `acquiredFrom` and ' +
            '`acquiredAt` (ISO 8601). The type is detected from the content. The original is kept untouched ' +
            'with its SHA-256; photos get a working copy without location or device metadata. Accepts an ' +
            'Idempotency-Key header.',
          consumes: ['multipart/form-data'],
          params: idParamsSchema,
          response: {
            200: evidenceFileResponseSchema,
            ...errorResponses(400, 401, 403, 404, 409, 413, 415, 503, 507),
          },
        },
        onRequest: app.authorize(permission),
        config: { idempotent: true },
      },
      async (request) => ({
        file: await evidence.upload(actorOf(request), { kind, id: request.params.id }, (staging) =>
          receiveUpload(request, staging, maxBytes),
        ),
      }),
    );
  uploadRoute('incident', 'incidents.write');
  uploadRoute('eviction', 'evictions.write');

  app.get(
    '/api/evictions/:id/files',
    {
      schema: {
        tags,
        summary: "An eviction's evidence files, oldest first",
        params: idParamsSchema,
        response: { 200: evidenceFileListResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('evictions.read'),
    },
    async (request) => ({
      files: await evidence.list(actorOf(request), { kind: 'eviction', id: request.params.id }),
    }),
  );

  app.get(
    '/api/files/:id',
    {
      schema: {
        tags,
        summary: 'A file: summary, hashes and chain of custody',
        params: idParamsSchema,
        response: { 200: evidenceFileResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: read,
    },
    async (request) => ({ file: await evidence.get(request.params.id) }),
  );

  app.get(
    '/api/files/:id/working-copy',
    {
      schema: {
        tags,
        summary: 'Download the working copy of a photo (no location or device metadata)',
        description:
          'Binary. Recorded in the chain of custody as viewed. 404 when the file has no working copy.',
        params: idParamsSchema,
        response: errorResponses(401, 403, 404),
      },
      onRequest: read,
    },
    async (request, reply) =>
      sendFile(reply, await evidence.openWorkingCopy(actorOf(request), request.params.id)),
  );

  app.get(
    '/api/files/:id/original',
    {
      schema: {
        tags,
        summary: 'Download the untouched original',
        description: `Binary, with its SHA-256 (hex) in the ${EVIDENCE_SHA256_HEADER} header. Recorded in the chain of custody and the audit log.`,
        params: idParamsSchema,
        response: errorResponses(401, 403, 404),
      },
      onRequest: readOriginal,
    },
    async (request, reply) => {
      const original = await evidence.openOriginal(actorOf(request), request.params.id);
      void reply
        .header(EVIDENCE_SHA256_HEADER, original.sha256)
        .header('repr-digest', `sha-256=:${Buffer.from(original.sha256, 'hex').toString('base64')}:`)
        .header('content-length', String(original.sizeBytes));
      return sendFile(reply, original);
    },
  );

  app.get(
    '/api/files/:id/metadata',
    {
      schema: {
        tags,
        summary: 'The location and device metadata extracted from the original (restricted, audited)',
        params: idParamsSchema,
        response: { 200: evidenceMetadataResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: readOriginal,
    },
    async (request) => ({ metadata: await evidence.readMetadata(actorOf(request), request.params.id) }),
  );
};

export default evidenceRoutes;
