import { type Permission, ROLES, type Role, allows, can } from '@vigil/contracts';
import Fastify from 'fastify';
import type { RouteAccess } from './auth';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { signedIn } from '../../test/fixtures';
import { callRoute, outcome, ownRoutes } from '../../test/routes';

/** Routes that would end the caller's own session(s): checked for refusal only. */
const ENDS_OWN_SESSION = /emergency-lock|revoke-all|\/logout$/;

/**
 * Routes whose service needs a second permission besides the one the route declares (one access per
 * route): refused with 403 before any record is read, so the answer says nothing about the record.
 */
const SECOND_PERMISSION: [RegExp, Permission][] = [[/^\/api\/people\/:id\/incident-links/, 'incidents.read']];
const lacksSecondPermission = (role: Role, route: RouteAccess) =>
  SECOND_PERMISSION.some(([re, permission]) => re.test(route.url) && !can(role, permission));

/** Deny by default, checked against every route the app registers, not a hand-kept list. */
describe('route access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => t.close());

  it('knows the access of every registered route, and only the expected ones are public', () => {
    expect(ownRoutes(t.app).length).toBeGreaterThan(20);
    const publicRoutes = ownRoutes(t.app)
      .filter((r) => r.access === 'public' && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/openapi.json',
      'GET /healthz',
      'GET /readyz',
      'POST /api/auth/invites/accept',
      'POST /api/auth/login',
    ]);
  });

  it('refuses to boot a route that declares no access', async () => {
    const app = Fastify();
    app.addHook('onRoute', (route) => {
      if (!route.onRequest) throw new Error(`Route ${route.method} ${route.url} declares no access`);
    });
    expect(() => app.get('/undeclared', async () => 'x')).toThrow(/declares no access/);
    // The real guard lives in plugins/app/auth.ts; prove it is active in the built app.
    expect(() => t.app.get('/late', async () => 'x')).toThrow();
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    for (const route of ownRoutes(t.app).filter((r) => r.access !== 'public')) {
      const res = await callRoute(t.app, route);
      expect(outcome('anonymous', route, res.status)).toBe(outcome('anonymous', route, 401));
    }
  });

  // Refused by the guard before any record is read, so a denial is always 403 (never a 404 that
  // would tell whether the record exists); an allowed call is never refused for who the caller is.
  it.each(ROLES)('gives the %s role exactly what the permission table says', async (role) => {
    const { token } = await signedIn(t.app, role);
    for (const route of ownRoutes(t.app).filter((r) => r.access !== 'public')) {
      const allowed = allows(role, route.access);
      if (allowed && ENDS_OWN_SESSION.test(route.url)) continue;
      const res = await callRoute(t.app, route, `Bearer ${token}`);
      const seen = outcome(role, route, res.status);
      if (!allowed) expect(seen).toBe(outcome(role, route, 403));
      // The service's own check comes after input validation: an empty query may be refused first.
      else if (lacksSecondPermission(role, route)) expect([seen, [400, 403].includes(res.status)]).toEqual([seen, true]);
      else expect([seen, res.status === 401 || res.status === 403]).toEqual([seen, false]);
    }
  });
});
