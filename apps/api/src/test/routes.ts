import type { FastifyInstance } from 'fastify';
import type { RouteAccess } from '../plugins/app/auth';
import { api } from './fixtures';

/** A well-formed id that matches no row: every path parameter of the API is a UUID. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export type Verb = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** Every route the app registered itself (not the preflight catch-all, not HEAD twins of GETs). */
export function ownRoutes(app: FastifyInstance): RouteAccess[] {
  return app.routeAccess.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && r.url !== '*');
}

/** The route's URL with every `:param` (`:id`, `:flagId`, `:userId`…) replaced by a plausible id. */
export function concretePath(url: string, id = UNKNOWN_ID): string {
  return url.replace(/:[A-Za-z_][A-Za-z0-9_]*/g, id);
}

export const verbOf = (route: Pick<RouteAccess, 'method'>) => route.method.toLowerCase() as Verb;

/** Calls a route with an empty JSON body (GETs and DELETEs without one), as the given bearer. */
export function callRoute(app: FastifyInstance, route: RouteAccess, authorization?: string) {
  const verb = verbOf(route);
  const test = api(app)[verb](concretePath(route.url));
  if (authorization !== undefined) void test.set('authorization', authorization);
  return verb === 'get' || verb === 'delete' ? test : test.send({});
}

/** "GET /api/x → 403": what a failing expectation prints, so it names the route and the caller. */
export const outcome = (who: string, route: RouteAccess, status: number) => `${who} ${route.method} ${route.url} → ${status}`;
