import {
  createNoteBodySchema,
  idParamsSchema,
  noteListResponseSchema,
  noteResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createNotesService } from './notes-service';

const tags = ['casework'];

const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  const notes = createNotesService(app.db, app.vault);

  app.get(
    '/api/cases/:id/notes',
    {
      schema: {
        tags,
        summary: "A case's notes, oldest first (decrypted; the read is audited)",
        params: idParamsSchema,
        response: { 200: noteListResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read_personal'),
    },
    async (request) => ({ notes: await notes.list(actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note to a case (notes are never edited: a correction is a new note)',
        params: idParamsSchema,
        body: createNoteBodySchema,
        response: { 200: noteResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
      config: { idempotent: true },
    },
    async (request) => ({ note: await notes.create(actorOf(request), request.params.id, request.body.body) }),
  );
};

export default notesRoutes;
