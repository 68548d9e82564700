import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { findUnstorable } from './nul-characters';

describe('NUL characters', () => {
  it('finds the path of the first string holding one', () => {
    expect(findUnstorable({ a: 'ok', b: [{ c: 'x\u0000y' }] }, 'body')?.path).toBe('body/b/0/c');
    expect(findUnstorable({ a: 'ok', n: 1, z: null }, 'body')).toBeNull();
  });

  it('finds lone surrogates, in values and in keys, and lets pairs through', () => {
    expect(findUnstorable({ a: 'x\ud800' }, 'body')?.path).toBe('body/a');
    expect(findUnstorable({ a: ['\udc00y'] }, 'body')?.path).toBe('body/a/0');
    expect(findUnstorable({ '\ud83d': 1 }, 'body')?.path).toBe('body/\ud83d');
    expect(findUnstorable({ a: '👩🏽‍⚖️ 𝔘' }, 'body')).toBeNull();
  });

  describe('on the API', () => {
    let t: TestApp;
    let token: string;
    beforeAll(async () => {
      t = await buildTestApp();
      ({ token } = await signedIn(t.app, 'coordinator'));
    });
    afterAll(() => t.close());

    it('refuses one in a query string with 400 and the parameter', async () => {
      const res = await api(t.app, token).get('/api/incidents?q=%00');
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('querystring/q');
    });

    it('refuses one in a JSON body with 400 and the field', async () => {
      const res = await api(t.app, token)
        .patch('/api/account/profile')
        .send({ displayName: 'a\u0000b' });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('body/displayName');
    });

    it('refuses a lone surrogate in a JSON body with 400 and the field, not a database error', async () => {
      const res = await api(t.app, token)
        .post('/api/saved-filters')
        .set('content-type', 'application/json')
        .send('{"name":"a\\ud800b","query":""}');
      expect([res.status, res.body.error.details[0].path]).toEqual([400, 'body/name']);
    });
  });
});
