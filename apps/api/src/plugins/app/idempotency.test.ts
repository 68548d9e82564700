import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import request from 'supertest';
import type { ResolvedSession } from '../../features/sessions/session-service';
import { createUser } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import idempotency from './idempotency';

interface Body {
  label: string;
  refuse?: boolean;
}

/**
 * The plugin alone, in front of a handler that counts its writes and can be held mid-request, on the
 * real database: what matters is how many times the handler runs for one key.
 */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let userId: string;
  const writes: string[] = [];
  let hold: Promise<void> | null = null;

  beforeAll(async () => {
    t = await buildTestApp();
    userId = (await createUser(t.app)).id;
    app = Fastify();
    await app.register(
      fp(
        async (scope) => {
          scope.decorate('db', t.app.db);
          scope.decorate('config', t.app.config);
        },
        { name: 'db' },
      ),
    );
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (req) => {
      req.auth = { user: { id: userId } } as ResolvedSession;
    });
    await app.register(idempotency);
    app.post<{ Body: Body }>('/things', { config: { idempotent: true } }, async (req, reply) => {
      if (req.body.refuse) return reply.code(409).send({ refused: true });
      writes.push(req.body.label);
      if (hold) await hold;
      return { n: writes.length, label: req.body.label };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  // Started at once (a supertest request only starts when awaited), so that several can overlap.
  const post = (key: string, body: Body) =>
    request(app.server)
      .post('/things')
      .set('idempotency-key', key)
      .send(body)
      .then((response) => response);
  const held = () => {
    let release = () => {};
    hold = new Promise<void>((resolve) => (release = resolve));
    return () => {
      hold = null;
      release();
    };
  };

  it('answers a retry with the first answer, without a second write', async () => {
    const first = await post('retry-key-1', { label: 'a' });
    const retry = await post('retry-key-1', { label: 'a' });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(writes.filter((w) => w === 'a')).toHaveLength(1);
    // The stored answer is encrypted: what a seized database holds is not what the client was told.
    const [stored] = await t.app.db.$queryRaw<{ response: string }[]>`
      SELECT response FROM idempotency_keys WHERE key = 'retry-key-1'`;
    expect(stored?.response).not.toContain(JSON.stringify(first.body).slice(1, -1));
    expect(stored?.response).toMatch(/^v1:/);
  });

  it('refuses the key for a different request', async () => {
    await post('reused-key-1', { label: 'b' });
    const other = await post('reused-key-1', { label: 'other' });
    expect(other.status).toBe(409);
    expect(writes).not.toContain('other');
  });

  it('runs concurrent retries with one key once', async () => {
    const release = held();
    const racing = Array.from({ length: 8 }, () => post('concurrent-key-1', { label: 'c' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    const statuses = (await Promise.all(racing)).map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
    expect(writes.filter((w) => w === 'c')).toHaveLength(1);
    expect((await post('concurrent-key-1', { label: 'c' })).headers['idempotent-replayed']).toBe('true');
  });

  it('lets a retry take over a request that died mid-way, once it is stale', async () => {
    const release = held();
    const dying = post('crash-key-1', { label: 'd' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const tooSoon = await post('crash-key-1', { label: 'd' });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body.message).toMatch(/still being processed/);
    // As if the process had been killed three minutes ago, before storing an answer.
    await t.app.db.idempotencyKey.updateMany({
      where: { userId, key: 'crash-key-1' },
      data: { createdAt: new Date(Date.now() - 3 * 60_000) },
    });
    hold = null;
    const retry = await post('crash-key-1', { label: 'd' });
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(writes.filter((w) => w === 'd')).toHaveLength(2);
    release();
    await dying;
  });

  it('frees the key of a refused request so a corrected retry can use it', async () => {
    expect((await post('refused-key-1', { label: 'e', refuse: true })).status).toBe(409);
    const corrected = await post('refused-key-1', { label: 'e' });
    expect(corrected.status).toBe(200);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });
});
