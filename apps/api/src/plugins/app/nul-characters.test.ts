import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { findNul } from './nul-characters';

describe('NUL characters', () => {
  it('finds the path of the first string holding one', () => {
    expect(findNul({ a: 'ok', b: [{ c: 'x\u0000y' }] }, 'body')).toBe('body/b/0/c');
    expect(findNul({ a: 'ok', n: 1, z: null }, 'body')).toBeNull();
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
  });
});
