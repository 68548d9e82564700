import type { FastifyInstance } from 'fastify';
import { api } from '../../test/fixtures';

/** A minimal eviction body; tests override what they measure. */
export function evictionBody(siteId: string, overrides: Record<string, unknown> = {}) {
  return { siteId, startAt: '2026-01-01T06:00:00Z', legalBasis: 'unknown', ...overrides };
}

/** Records an eviction as `token`'s user and submits it; returns its id. */
export async function submittedEviction(
  app: FastifyInstance,
  token: string,
  body: Record<string, unknown>,
): Promise<string> {
  const created = await api(app, token).post('/api/evictions').send(body);
  if (created.status !== 200) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const id: string = created.body.eviction.id;
  const submitted = await api(app, token).post(`/api/evictions/${id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
  return id;
}

export async function createSite(app: FastifyInstance, token: string, body: Record<string, unknown>) {
  const res = await api(app, token).post('/api/sites').send(body);
  if (res.status !== 200) throw new Error(`site failed: ${JSON.stringify(res.body)}`);
  return res.body.site.id as string;
}
