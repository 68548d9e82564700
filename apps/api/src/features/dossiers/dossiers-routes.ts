import {
  DOSSIER_SHA256_HEADER,
  createDossierBodySchema,
  dossierListResponseSchema,
  dossierPublicKeyResponseSchema,
  dossierResponseSchema,
  idParamsSchema,
  verifyDossierBodySchema,
  verifyDossierResponseSchema,
} from '@vigil/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { KeyRing } from '../../lib/secrets';
import { DOSSIER_EXPIRY_CRON, DOSSIER_EXPIRY_QUEUE, createDossierExpiry } from './dossier-expiry';
import { DOSSIER_QUEUE, createDossierJob } from './dossier-job';
import { type DossierDownload, createDossierService } from './dossier-service';
import { signingKeyFromSeed } from './dossier-signing';

const tags = ['dossiers'];

function sendDownload(reply: FastifyReply, download: DossierDownload, type: string) {
  if (download.sha256) void reply.header(DOSSIER_SHA256_HEADER, download.sha256);
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${download.filename}"`)
    .header('cache-control', 'no-store')
    .send(download.body);
}

const dossiersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { incidents, vocabularies, audit } = app.services;
  const keys = new KeyRing(app.config.MASTER_KEY);
  // The instance's signing key, derived from MASTER_KEY: nothing more to keep secret or back up.
  const signingKey = signingKeyFromSeed(keys.derive('dossier-signing'));
  const dossiers = createDossierService({
    db: app.db,
    storage: app.storage,
    jobs: app.jobs,
    audit,
    incidents,
    vocabularies,
    signingKey,
  });
  await app.jobs.work(
    DOSSIER_QUEUE,
    createDossierJob({
      db: app.db,
      storage: app.storage,
      keys,
      signingKey,
      incidents,
      vocabularies,
      audit,
      instance: app.config.WEB_ORIGIN,
      retentionDays: app.config.DOSSIER_RETENTION_DAYS,
      log: app.log,
    }),
  );
  const expire = createDossierExpiry({ db: app.db, storage: app.storage, audit, log: app.log });
  await app.jobs.work(DOSSIER_EXPIRY_QUEUE, async () => {
    await expire();
  });
  await app.jobs.schedule(DOSSIER_EXPIRY_QUEUE, DOSSIER_EXPIRY_CRON);
  const exporter = app.authorize('reports.export');

  app.get(
    '/api/dossiers/public-key',
    {
      schema: {
        tags,
        summary: "The instance's Ed25519 public key, to check dossier manifests outside the instance",
        response: { 200: dossierPublicKeyResponseSchema, ...errorResponses(401) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async () => dossiers.publicKey(),
  );

  app.post(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary:
          'Generate a dossier (PDF and signed manifest) from an incident filter and optionally an eviction filter, in the background',
        body: createDossierBodySchema,
        response: { 202: dossierResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: exporter,
    },
    async (request, reply) => {
      const dossier = await dossiers.create(actorOf(request), request.body);
      return reply.code(202).send({ dossier });
    },
  );

  app.get(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'My dossiers, newest first (the last 100)',
        response: { 200: dossierListResponseSchema, ...errorResponses(401, 403) },
      },
      onRequest: exporter,
    },
    async (request) => ({ dossiers: await dossiers.list(actorOf(request)) }),
  );

  app.get(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Status and progress of one of my dossiers',
        params: idParamsSchema,
        response: { 200: dossierResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: exporter,
    },
    async (request) => ({ dossier: await dossiers.get(actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/dossiers/:id/pdf',
    {
      schema: {
        tags,
        summary: `Download the PDF (its SHA-256 in the ${DOSSIER_SHA256_HEADER} header); audited`,
        description:
          'Answers 410 DOSSIER_EXPIRED once the dossier is past its retention (DOSSIER_RETENTION_DAYS).',
        params: idParamsSchema,
        response: errorResponses(400, 401, 403, 404, 409, 410),
      },
      onRequest: exporter,
    },
    async (request, reply) =>
      sendDownload(reply, await dossiers.pdf(actorOf(request), request.params.id), 'application/pdf'),
  );

  app.get(
    '/api/dossiers/:id/manifest',
    {
      schema: {
        tags,
        summary: 'Download the signed manifest (JSON); audited',
        description:
          'Answers 410 DOSSIER_EXPIRED once the dossier is past its retention (DOSSIER_RETENTION_DAYS).',
        params: idParamsSchema,
        response: errorResponses(400, 401, 403, 404, 409, 410),
      },
      onRequest: exporter,
    },
    async (request, reply) =>
      sendDownload(reply, await dossiers.manifest(actorOf(request), request.params.id), 'application/json'),
  );

  app.post(
    '/api/dossiers/verify',
    {
      // Manifests of large dossiers list every record and file.
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags,
        summary: "Check a manifest's signature (this instance's key) and, given its SHA-256, the PDF",
        body: verifyDossierBodySchema,
        response: { 200: verifyDossierResponseSchema, ...errorResponses(400, 401, 403, 413) },
      },
      onRequest: exporter,
    },
    async (request) => dossiers.verify(actorOf(request), request.body.manifest, request.body.pdfSha256),
  );
};

export default dossiersRoutes;
