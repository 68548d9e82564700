import { PassThrough } from 'node:stream';
import { type TestApp, buildTestApp } from './test/test-app';
import { PASSWORD, api, createUser } from './test/fixtures';

describe('logging', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    t = await buildTestApp({ LOG_LEVEL: 'trace' }, stream);
  });
  afterAll(() => t.close());

  it('never writes credentials, tokens, emails or client addresses', async () => {
    const user = await createUser(t.app);
    const res = await api(t.app).post('/api/auth/login?email=leak@example.org').send({ email: user.email, password: PASSWORD });
    await api(t.app, res.body.token).get('/api/auth/me');
    const text = lines.join('');
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [PASSWORD, user.email, res.body.token, 'leak@example.org', '127.0.0.1']) {
      expect(text).not.toContain(secret);
    }
  });
});
