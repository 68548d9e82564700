import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, createUser, login } from '../../test/fixtures';

describe('per-address back-off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => t.close());

  it('slows an address that keeps failing, whichever accounts it tries, and stores no address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) {
      const res = await api(t.app).post('/api/auth/login').send({ email: `guess${i}@test.vigil`, password: 'guess guess' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toContain(429);
    const user = await createUser(t.app);
    const blocked = await login(t.app, user.email);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    const rows = await t.app.db.loginThrottle.findMany();
    expect(rows.some((row) => row.key.includes('127.0.0.1') || row.key.includes('::1'))).toBe(false);
  });
});

describe('per-address sign-in ceiling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 once an address has tried to sign in more often than configured, right or wrong', async () => {
    const user = await createUser(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await login(t.app, user.email)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });
});
