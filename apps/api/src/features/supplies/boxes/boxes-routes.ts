import {
  createBoxesBodySchema,
  idParamsSchema,
  labelsQuerySchema,
  stockBoxListQuerySchema,
  stockBoxListResponseSchema,
  stockBoxResponseSchema,
} from '@vigil/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createBoxesService } from './boxes-service';

const tags = ['supplies'];

function sendPdf(reply: FastifyReply, body: Buffer) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', 'inline; filename="labels.pdf"')
    .header('cache-control', 'no-store')
    .send(body);
}

const boxesRoutes: FastifyPluginAsyncZod = async (app) => {
  const boxes = createBoxesService(app.db, app.config.WEB_ORIGIN);

  app.post(
    '/api/supplies/boxes',
    {
      schema: {
        tags,
        summary: 'Label boxes or bags (item, quantity, location); print them with /api/supplies/labels.pdf',
        body: createBoxesBodySchema,
        response: { 200: stockBoxListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.write'),
      config: { idempotent: true },
    },
    async (request) => ({ boxes: await boxes.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/supplies/boxes',
    {
      schema: {
        tags,
        summary: 'Labelled boxes, newest first',
        querystring: stockBoxListQuerySchema,
        response: { 200: stockBoxListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ boxes: await boxes.list(request.query) }),
  );

  app.get(
    '/api/supplies/boxes/:id',
    {
      schema: {
        tags,
        summary: 'The box a scanned label opens, with the stock of its item where it is',
        params: idParamsSchema,
        response: { 200: stockBoxResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ box: await boxes.get(request.params.id) }),
  );

  app.get(
    '/api/supplies/labels.pdf',
    {
      schema: {
        tags,
        summary: 'A printable A4 PDF of labels with QR codes for the given boxes (ids=…,…)',
        querystring: labelsQuerySchema,
        response: errorResponses(400, 401, 403, 404),
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request, reply) => sendPdf(reply, await boxes.labels(request.query.ids)),
  );
};

export default boxesRoutes;
