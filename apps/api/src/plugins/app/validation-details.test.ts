import { type TestApp, buildTestApp } from '../../test/test-app';
import { api } from '../../test/fixtures';

/** A refused field carries the schema check's code and bound, which the dashboard words per language. */
describe('validation details', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('name the check, its bound and its format, next to the English message', async () => {
    const res = await api(t.app)
      .post('/api/auth/login')
      .send({ email: 'not an address', password: '', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body/email', issue: 'invalid_format', format: 'email' }),
        expect.objectContaining({ path: 'body/password', issue: 'too_small', origin: 'string', limit: 1 }),
        expect.objectContaining({ issue: 'unrecognized_keys', message: 'Unrecognized key: "extra"' }),
      ]),
    );
  });
});
