import { ROLES, allows } from '@vigil/contracts';
import Fastify from 'fastify';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';

/** Deny by default, checked against every route the app registers, not a hand-kept list. */
describe('route access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => t.close());

  const concrete = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000');
  const ownRoutes = () => t.app.routeAccess.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && r.url !== '*');

  it('knows the access of every registered route, and only the expected ones are public', () => {
    expect(ownRoutes().length).toBeGreaterThan(20);
    const publicRoutes = ownRoutes()
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
    for (const route of ownRoutes().filter((r) => r.access !== 'public')) {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      const res = await api(t.app)[method](concrete(route.url)).send({});
      expect([route.url, res.status]).toEqual([route.url, 401]);
    }
  });

  it.each(ROLES)('gives the %s role exactly what the permission table says', async (role) => {
    const { token } = await signedIn(t.app, role);
    for (const route of ownRoutes().filter((r) => r.access !== 'public' && r.access !== 'authenticated')) {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      // Routes that would end the caller's own sessions are checked for refusal only.
      if (allows(role, route.access) && /emergency-lock|revoke-all/.test(route.url)) continue;
      const res = await api(t.app, token)[method](concrete(route.url)).send({});
      if (allows(role, route.access)) expect([route.url, res.status]).not.toEqual([route.url, 403]);
      else expect([route.url, res.status]).toEqual([route.url, 403]);
    }
  });
});
