import {
  catalogueImportResponseSchema,
  csvImportBodySchema,
  stockImportResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { requestKeyOf } from '../ledger/request-key';
import { importCatalogue } from './catalogue-import';
import { importStock } from './stock-import';

const tags = ['supplies'];

/** CSV imports: a dry run reports every problem by row and column; a real one is all or nothing. */
const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { audit } = app.services;

  app.post(
    '/api/supplies/imports/catalogue',
    {
      schema: {
        tags,
        summary: 'Import catalogue items from CSV (dryRun: true for the validation report only)',
        body: csvImportBodySchema,
        response: { 200: catalogueImportResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('vocabularies.manage'),
      config: { idempotent: true },
    },
    async (request) =>
      importCatalogue(app.db, audit, actorOf(request), request.body.csv, request.body.dryRun),
  );

  app.post(
    '/api/supplies/imports/stock',
    {
      schema: {
        tags,
        summary: 'Import opening stock from CSV (item_code, location, quantity, expires_on)',
        body: csvImportBodySchema,
        response: { 200: stockImportResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('supplies.stocktake'),
      config: { idempotent: true },
    },
    async (request) =>
      importStock(app.db, audit, actorOf(request), { ...request.body, requestKey: requestKeyOf(request) }),
  );
};

export default importsRoutes;
