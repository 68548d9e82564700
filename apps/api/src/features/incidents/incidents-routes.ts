import {
  createIncidentBodySchema,
  idParamsSchema,
  incidentHistoryResponseSchema,
  incidentListQuerySchema,
  incidentListResponseSchema,
  incidentResponseSchema,
  reviewIncidentBodySchema,
  updateIncidentBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';

const tags = ['incidents'];

const incidentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { incidents } = app.services;

  app.get(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Incidents matching a filter, newest first, in keyset pages',
        querystring: incidentListQuerySchema,
        response: { 200: incidentListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => incidents.list(actorOf(request), request.query),
  );

  app.post(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Record an incident (a draft needs only a title, a time and a source)',
        body: createIncidentBodySchema,
        response: { 200: incidentResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('incidents.write'),
    },
    async (request) => ({ incident: await incidents.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One incident with its acts, victims, perpetrators, witnesses, follow-ups and files',
        params: idParamsSchema,
        response: { 200: incidentResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => ({ incident: await incidents.get(actorOf(request), request.params.id) }),
  );

  app.put(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'Save a new version of an incident (send the version you edited; 409 if it is stale)',
        params: idParamsSchema,
        body: updateIncidentBodySchema,
        response: { 200: incidentResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('incidents.write'),
    },
    async (request) => ({
      incident: await incidents.update(actorOf(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/api/incidents/:id/review',
    {
      schema: {
        tags,
        summary: 'Set the verification status (not by the author)',
        params: idParamsSchema,
        body: reviewIncidentBodySchema,
        response: { 200: incidentResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('incidents.review'),
    },
    async (request) => ({
      incident: await incidents.review(
        actorOf(request),
        request.params.id,
        request.body.verificationStatus,
        request.body.version,
      ),
    }),
  );

  app.get(
    '/api/incidents/:id/history',
    {
      schema: {
        tags,
        summary: 'Who changed what and when',
        params: idParamsSchema,
        response: { 200: incidentHistoryResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => ({ revisions: await incidents.history(actorOf(request), request.params.id) }),
  );
};

export default incidentsRoutes;
