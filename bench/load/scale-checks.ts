import PgBoss from 'pg-boss';
import pg from 'pg';
import { RETENTION_QUEUE } from '../../apps/api/src/features/casework/retention/retention-service';
import type { Proxy } from './proxy';

export interface ScaleContext {
  databaseUrl: string;
  a: string;
  b: string;
  proxy: Proxy;
  observer: { email: string; password: string };
  lawyerToken: string;
  /** A new session of the lawyer (rate-limit counts are per session). */
  newSession: () => Promise<string>;
  /** RATE_LIMIT_PER_MINUTE of both instances. */
  ceiling: number;
}

export interface Check {
  name: string;
  /** Throws when the check fails; may return a detail to print. */
  run(context: ScaleContext): Promise<string | void>;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function call(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: object,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

function expect(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status) {
    throw new Error(
      `${what}: HTTP ${answer.status} (expected ${status}) ${JSON.stringify(answer.body).slice(0, 200)}`,
    );
  }
  return answer;
}

const login = (base: string, email: string, password: string) =>
  call(base, 'POST', '/api/auth/login', undefined, { email, password });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const CHECKS: Check[] = [
  {
    name: 'sessions: signed in through instance A, the token works on instance B',
    async run({ a, b, observer }) {
      const { token } = expect(await login(a, observer.email, observer.password), 200, 'login on A').body;
      const me = expect(await call(b, 'GET', '/api/auth/me', String(token)), 200, '/api/auth/me on B').body;
      return `B knows ${(me.user as { email: string }).email}`;
    },
  },
  {
    name: 'sessions: through the round-robin proxy every request is answered, whichever instance takes it',
    async run({ proxy, observer }) {
      const { token } = expect(await login(proxy.url, observer.email, observer.password), 200, 'login').body;
      const before = [...proxy.served];
      for (let i = 0; i < 10; i += 1)
        expect(await call(proxy.url, 'GET', '/api/incidents?limit=5', String(token)), 200, 'list');
      return `10 × 200; A took ${proxy.served[0]! - before[0]!}, B took ${proxy.served[1]! - before[1]!}`;
    },
  },
  {
    name: 'sessions: signed out on instance B, the token is refused on instance A',
    async run({ a, b, observer }) {
      const { token } = expect(await login(a, observer.email, observer.password), 200, 'login on A').body;
      expect(await call(b, 'POST', '/api/auth/logout', String(token)), 200, 'logout on B');
      expect(await call(a, 'GET', '/api/auth/me', String(token)), 401, '/api/auth/me on A after logout');
    },
  },
  {
    name: 'jobs (pg-boss): a dossier requested through A, polled through B until ready, downloaded from B',
    async run({ a, b, lawyerToken }) {
      const query = 'commune=Calais&from=2024-01-01&to=2024-06-30';
      const created = expect(
        await call(a, 'POST', '/api/dossiers', lawyerToken, { query }),
        202,
        'POST /api/dossiers on A',
      );
      const id = (created.body.dossier as { id: string }).id;
      const started = Date.now();
      for (;;) {
        const polled = expect(await call(b, 'GET', `/api/dossiers/${id}`, lawyerToken), 200, 'poll on B');
        const dossier = polled.body.dossier as { status: string; incidentCount: number | null };
        if (dossier.status === 'ready') {
          const pdf = await fetch(`${b}/api/dossiers/${id}/pdf`, {
            headers: { authorization: `Bearer ${lawyerToken}` },
          });
          if (pdf.status !== 200) throw new Error(`PDF from B: HTTP ${pdf.status}`);
          const bytes = (await pdf.arrayBuffer()).byteLength;
          return `${dossier.incidentCount} incidents, ready in ${((Date.now() - started) / 1000).toFixed(1)} s, ${bytes.toLocaleString('en')}-byte PDF`;
        }
        if (dossier.status === 'failed') throw new Error('the dossier job failed');
        if (Date.now() - started > 180_000) throw new Error(`still ${dossier.status} after 3 minutes`);
        await sleep(1_000);
      }
    },
  },
  {
    name: 'jobs (pg-boss): one retention schedule for both instances; a retention run is done once',
    async run({ databaseUrl }) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const boss = new PgBoss({
        connectionString: databaseUrl,
        schema: 'pgboss',
        supervise: false,
        schedule: false,
      });
      try {
        const { rows } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pgboss.schedule WHERE name = $1',
          [RETENTION_QUEUE],
        );
        if (rows[0]!.n !== 1) throw new Error(`${rows[0]!.n} schedules for ${RETENTION_QUEUE}`);
        await boss.start();
        // What the daily cron tick does: one job on the queue, which whichever instance polls first runs.
        const id = await boss.send(RETENTION_QUEUE, {});
        const started = Date.now();
        for (;;) {
          const job = await boss.getJobById(RETENTION_QUEUE, id!);
          if (job?.state === 'completed')
            return `job completed in ${((Date.now() - started) / 1000).toFixed(1)} s, retry count ${job.retryCount}`;
          if (job?.state === 'failed') throw new Error(`retention job failed: ${JSON.stringify(job.output)}`);
          if (Date.now() - started > 60_000)
            throw new Error(`retention job still ${job?.state} after a minute`);
          await sleep(500);
        }
      } finally {
        await boss.stop({ graceful: false, wait: true });
        await client.end();
      }
    },
  },
  {
    name: 'login lockout: wrong passwords on A and B in turn lock the account on both',
    async run({ a, b, observer }) {
      for (let i = 0; i < 5; i += 1) await login(i % 2 ? b : a, observer.email, 'wrong password');
      expect(await login(a, observer.email, observer.password), 423, 'right password on A');
      expect(await login(b, observer.email, observer.password), 423, 'right password on B');
      return 'locked after 5 failures (4 free), refused with 423 on A and on B';
    },
  },
  {
    name: 'login back-off per address (in PostgreSQL): failures spread over A and B add up',
    async run({ a, b }) {
      for (let i = 1; i <= 40; i += 1) {
        const answer = await login(i % 2 ? a : b, `nobody-${i}@bench.vigil`, 'guess');
        if (answer.status === 429) {
          expect(await login(a, 'nobody@bench.vigil', 'guess'), 429, 'next attempt on A');
          expect(await login(b, 'nobody@bench.vigil', 'guess'), 429, 'next attempt on B');
          return `refused with 429 on both after ${i - 1} more failed sign-ins (plus the 5 above; 20 free)`;
        }
        if (answer.status !== 401) throw new Error(`attempt ${i}: HTTP ${answer.status}`);
      }
      throw new Error('no back-off after 40 failed sign-ins over both instances');
    },
  },
];

/**
 * Not a check but a statement of fact: @fastify/rate-limit counts in each process, so behind N
 * instances a client gets up to N times RATE_LIMIT_PER_MINUTE. Measured with two fresh sessions.
 */
export async function ceilingNote({ a, proxy, newSession, ceiling }: ScaleContext): Promise<string> {
  const burst = ceiling + 50;
  const answered = async (base: string) => {
    const token = await newSession();
    let ok = 0;
    for (let i = 0; i < burst; i += 1)
      if ((await call(base, 'GET', '/api/auth/me', token)).status === 200) ok += 1;
    return ok;
  };
  return (
    `the general request ceiling (@fastify/rate-limit, RATE_LIMIT_PER_MINUTE=${ceiling} here) is per process: ` +
    `of ${burst} requests of one session within a minute, ${await answered(a)} were answered straight from instance A ` +
    `and ${await answered(proxy.url)} through the proxy over two instances. Behind N instances a client gets up to ` +
    'N × the limit: set it per instance with that in mind, or limit at the proxy. The sign-in back-off and account ' +
    'lockout live in PostgreSQL and hold across instances (checked above).'
  );
}
