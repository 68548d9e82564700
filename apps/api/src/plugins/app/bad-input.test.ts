import fc from 'fast-check';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';

const NASTY_BODIES: string[] = [
  '{',
  'null',
  '[]',
  '"string"',
  '12345678901234567890123456789',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `{"email":"${'a'.repeat(200_000)}@x.org","password":"x"}`,
  '{"email":"a@b.c\\u0000","password":"\\u0000"}',
  `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  '{"email":{"$gt":""},"password":{"$ne":null}}',
  '{"email":"\' OR 1=1 --@x.org","password":"<script>alert(1)</script>"}',
  '{"role":"admin","status":"active","mfaRequiredRoles":[1e309]}',
  '{"code":123456,"token":true,"confirm":["LOCK"]}',
];

/** Malformed, hostile and random input on every route: a 4xx always, never a 500 or a stack trace. */
describe('bad input never gives a 500', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    ({ token } = await signedIn(t.app, 'admin'));
  });
  afterAll(() => t.close());

  const routes = () =>
    t.app.routeAccess.filter(
      (r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method) && !/emergency-lock|revoke-all|logout/.test(r.url),
    );
  const send = (method: string, url: string, body: string) => {
    const verb = method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete';
    const path = url.replace(':id', '00000000-0000-4000-8000-000000000000');
    return api(t.app, token)[verb](path).set('content-type', 'application/json').send(body);
  };

  it('handles hand-made nasties', async () => {
    for (const route of routes()) {
      for (const body of NASTY_BODIES) {
        const res = await send(route.method, route.url, body);
        expect([route.url, body.slice(0, 40), res.status < 500]).toEqual([route.url, body.slice(0, 40), true]);
        expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(ts|js):\d+/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), fc.jsonValue({ maxDepth: 4 }), async (route, value) => {
        const res = await send(route.method, route.url, JSON.stringify(value));
        return res.status < 500;
      }),
      { numRuns: 150 },
    );
  });

  it('refuses an oversized body with 413 and a wrong content type with 415', async () => {
    const big = await send('PATCH', '/api/account/profile', JSON.stringify({ displayName: 'x'.repeat(2_000_000) }));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const xml = await api(t.app, token).patch('/api/account/profile').set('content-type', 'application/xml').send('<a/>');
    expect(xml.status).toBe(415);
  });

  it('ignores unknown query parameters politely but rejects bad ones', async () => {
    const res = await api(t.app, token).get('/api/admin/audit?limit=abc');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('querystring/limit');
  });
});
