import type { TestApp } from '../../test/test-app';
import { buildTestApp } from '../../test/test-app';
import { api } from '../../test/fixtures';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('reports the process alive', async () => {
    const res = await api(t.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toBeDefined();
  });

  it('reports ready when every migration is applied', async () => {
    const res = await api(t.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ready');
    expect(res.body.migrations).toBeGreaterThan(0);
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await api(t.app).get('/api/nothing-here?secret=1');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    expect(res.body.error.message).not.toContain('secret');
  });
});
