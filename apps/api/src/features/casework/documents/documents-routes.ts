import multipart from '@fastify/multipart';
import {
  caseDocumentListResponseSchema,
  caseDocumentParamsSchema,
  caseDocumentResponseSchema,
  idParamsSchema,
} from '@vigil/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { openStagingDir, stagingRootOf } from '../../evidence/upload-staging';
import { type OpenedDocument, createDocumentsService } from './documents-service';
import { receiveDocument } from './receive-document';

const tags = ['casework'];

/**
 * Always a download, never rendered nor cached. The length is the plaintext's, so a stream cut short
 * by a failed integrity check reads as incomplete.
 */
function sendDocument(reply: FastifyReply, opened: OpenedDocument) {
  return reply
    .type(opened.mime)
    .header('content-disposition', `attachment; filename="${opened.filename}"`)
    .header('content-length', String(opened.sizeBytes))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(opened.stream);
}

const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxBytes = app.config.EVIDENCE_MAX_BYTES;
  // Encapsulated here: only this plugin's routes accept multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3, fieldSize: 4096 },
  });
  const documents = createDocumentsService({
    db: app.db,
    vault: app.vault,
    storage: app.storage,
    stagingDir: await openStagingDir(stagingRootOf(app.config)),
    log: app.log,
  });

  app.post(
    '/api/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'Upload a document to a case (encrypted at rest)',
        description:
          'multipart/form-data with one file in the field `file` and an optional `title` (the file name ' +
          'otherwise). Photos, PDF, audio and video, typed by content. Needs the consent scope ' +
          'store_documents in force (409 otherwise).',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: {
          200: caseDocumentResponseSchema,
          ...errorResponses(400, 401, 403, 404, 409, 413, 415, 503, 507),
        },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => ({
      document: await documents.upload(actorOf(request), request.params.id, (target) =>
        receiveDocument(request, { target, maxBytes }),
      ),
    }),
  );

  app.get(
    '/api/cases/:id/documents',
    {
      schema: {
        tags,
        summary: "A case's documents, oldest first (titles decrypted; the read is audited)",
        params: idParamsSchema,
        response: { 200: caseDocumentListResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read_personal'),
    },
    async (request) => ({ documents: await documents.list(actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/cases/:id/documents/:documentId/content',
    {
      schema: {
        tags,
        summary: 'Download a document, decrypted (audited)',
        description:
          'Binary, as an attachment. The stream fails before its end if the stored blob does not verify.',
        params: caseDocumentParamsSchema,
        response: errorResponses(400, 401, 403, 404),
      },
      onRequest: app.authorize('cases.read_personal'),
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await documents.open(actorOf(request), request.params.id, request.params.documentId),
      ),
  );
};

export default documentsRoutes;
