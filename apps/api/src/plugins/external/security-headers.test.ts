import { type TestApp, buildTestApp } from '../../test/test-app';
import { api } from '../../test/fixtures';

describe('the API’s security headers', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('lets a JSON answer load nothing, be framed by nobody and be sniffed as nothing else', async () => {
    t = await buildTestApp();
    const res = await api(t.app).get('/healthz');
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    // Without TLS in front (development, tests) HSTS would only pin a name to a scheme it lacks.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS in production, where a reverse proxy terminates TLS', async () => {
    t = await buildTestApp({ NODE_ENV: 'production' });
    const res = await api(t.app).get('/healthz');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
