import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, createDb } from '@vigil/db';
import { toAppError } from '../plugins/app/errors';
import { isDatabaseUnavailable } from './database-unavailable';

/**
 * Every error here is produced for real through Prisma and @prisma/adapter-pg, the way the API meets
 * them when PostgreSQL goes away: nothing is hand-built, so a driver upgrade that changes the shapes
 * fails this test instead of turning an outage into 500s.
 */
const adminUrl = () => {
  const url = process.env.VIGIL_TEST_ADMIN_URL;
  if (!url) throw new Error('The test database is not running (see jest/database-setup.ts)');
  return url;
};

async function listen(onSocket: (socket: Socket) => void): Promise<{ server: Server; url: string }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    onSocket(socket);
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `postgresql://u:p@127.0.0.1:${port}/x` };
}

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

function expect503(error: unknown) {
  expect(isDatabaseUnavailable(error)).toBe(true);
  const mapped = toAppError(error as Error);
  expect(mapped).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(mapped.headers).toEqual({ 'retry-after': '5' });
}

describe('database unavailable → 503 DATABASE_UNAVAILABLE with Retry-After', () => {
  it('maps a server that is not listening (model query P1001, raw query P2010)', async () => {
    const { server, url } = await listen(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    const db = createDb(url, { max: 1 });
    try {
      const model = await caught(() => db.user.findMany());
      expect((model as { code?: string }).code).toBe('P1001');
      expect503(model);
      const raw = await caught(() => db.$queryRaw`SELECT 1`);
      expect((raw as { code?: string }).code).toBe('P2010');
      expect503(raw);
      expect503(await caught(() => db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`)));
    } finally {
      await db.$disconnect();
    }
  });

  it('maps a connect timeout and a connection cut during the handshake (plain driver errors)', async () => {
    const hanging = await listen(() => undefined);
    const cutting = await listen((socket) => socket.destroy());
    const client = (url: string) =>
      new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 300 }) });
    const slow = client(hanging.url);
    const cut = client(cutting.url);
    try {
      const timeout = await caught(() => slow.$queryRaw`SELECT 1`);
      expect(String((timeout as Error).message)).toMatch(/timeout/);
      expect503(timeout);
      expect503(await caught(() => cut.$queryRaw`SELECT 1`));
    } finally {
      await Promise.all([slow.$disconnect(), cut.$disconnect()]);
      hanging.server.close();
      cutting.server.close();
    }
  });

  it('maps a server terminating the connection mid-query (57P01 admin_shutdown)', async () => {
    const db = createDb(adminUrl(), { max: 1 });
    const killer = createDb(adminUrl(), { max: 1 });
    try {
      const marker = `faults_${Date.now()}`;
      const running = caught(() => db.$queryRawUnsafe(`SELECT pg_sleep(30) AS ${marker}`));
      // Wait until the query is on the server, then end its backend as a fast shutdown would.
      for (let i = 0; i < 400; i += 1) {
        const ended = await killer.$queryRawUnsafe<{ ok: boolean }[]>(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
           WHERE query LIKE '%${marker}%' AND pid <> pg_backend_pid()`,
        );
        if (ended.length) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const error = await running;
      expect(JSON.stringify((error as { meta?: unknown }).meta)).toContain('57P01');
      expect503(error);
    } finally {
      await Promise.all([db.$disconnect(), killer.$disconnect()]);
    }
  });

  it('leaves query errors and other failures alone', async () => {
    const db = createDb(adminUrl(), { max: 1 });
    try {
      const syntax = await caught(() => db.$queryRawUnsafe('SELEC 1'));
      expect(isDatabaseUnavailable(syntax)).toBe(false);
      expect(toAppError(syntax as Error).statusCode).toBe(500);
      expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
      expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });
});
