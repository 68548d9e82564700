import {
  idParamsSchema,
  incidentVictimCandidatesQuerySchema,
  incidentVictimCandidatesResponseSchema,
  personIncidentLinkParamsSchema,
  personIncidentLinksResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createPersonIncidentLinksService } from './person-incident-links-service';

const tags = ['casework'];

const personIncidentLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const linksService = createPersonIncidentLinksService(app.db);

  app.get(
    '/api/people/:id/incident-links',
    {
      schema: {
        tags,
        summary: 'Incident victims linked to this person (needs incident access too)',
        params: idParamsSchema,
        response: { 200: personIncidentLinksResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => ({ links: await linksService.list(actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/people/:id/incident-links/candidates',
    {
      schema: {
        tags,
        summary: "An incident's victims, by the incident's reference, to pick the one this person is",
        params: idParamsSchema,
        querystring: incidentVictimCandidatesQuerySchema,
        response: { 200: incidentVictimCandidatesResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) =>
      linksService.candidates(actorOf(request), request.params.id, request.query.reference),
  );

  app.put(
    '/api/people/:id/incident-links/:victimId',
    {
      schema: {
        tags,
        summary: 'Link an incident victim to this person (audited; the incident keeps its pseudonym)',
        params: personIncidentLinkParamsSchema,
        response: { 200: personIncidentLinksResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => ({
      links: await linksService.link(actorOf(request), request.params.id, request.params.victimId),
    }),
  );

  app.delete(
    '/api/people/:id/incident-links/:victimId',
    {
      schema: {
        tags,
        summary: 'Unlink an incident victim from this person (audited)',
        params: personIncidentLinkParamsSchema,
        response: { 200: personIncidentLinksResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => ({
      links: await linksService.unlink(actorOf(request), request.params.id, request.params.victimId),
    }),
  );
};

export default personIncidentLinksRoutes;
