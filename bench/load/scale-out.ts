/**
 * `npm run bench:scale-out`: two API instances (the built apps/api/dist/server.js) behind a local
 * round-robin reverse proxy (proxy.ts), sharing one PostgreSQL (embedded, .data/bench-scale-out on
 * BENCH_SCALE_PG_PORT, 54382; or BENCH_SCALE_DATABASE_URL) and one evidence folder. Checks that
 * sessions, background jobs (dossiers, retention) and the sign-in back-off and lockout work across
 * instances (scale-checks.ts), prints each as ✔ or ✘, and exits 1 if any failed. HTTP ports:
 * BENCH_SCALE_PORT (4410) and the next two.
 */
import { join } from 'node:path';
import { createDb } from '@vigil/db';
import { createSessionService } from '../../apps/api/src/features/sessions/session-service';
import { hashPassword } from '../../apps/api/src/lib/passwords';
import { loadLocalSecrets, localKeyEnv } from '../../scripts/lib/local-secrets';
import { ROOT } from '../../scripts/lib/postgres';
import { generateIncidents } from '../incidents/generate';
import { runBench } from '../lib/bench-app';
import { benchDatabase } from '../lib/bench-database';
import { benchToken } from '../lib/bench-session';
import { type Child, apiEnv, startApi } from './children';
import { startProxy } from './proxy';
import { CHECKS, type ScaleContext, ceilingNote } from './scale-checks';

const FOLDER = 'bench-scale-out';
const PORT = Number(process.env.BENCH_SCALE_PORT ?? 4410);
const CEILING = 200;
const log = (line: string) => process.stdout.write(`${line}\n`);

runBench(async () => {
  const database = await benchDatabase({
    urlVariable: 'BENCH_SCALE_DATABASE_URL',
    folder: FOLDER,
    port: Number(process.env.BENCH_SCALE_PG_PORT ?? 54382),
    database: 'vigil_scale',
  });
  const db = createDb(database.url, { max: 2 });
  const instances: Child[] = [];
  let failed = 0;
  try {
    await generateIncidents(database.url, 2_000, () => undefined);
    const observer = { email: 'scale-observer@bench.vigil', password: 'scale-out check passphrase' };
    // A fresh start for the sign-in checks: no back-off left from a previous run, the account unlocked.
    await db.loginThrottle.deleteMany({});
    const passwordHash = await hashPassword(observer.password);
    const account = { passwordHash, failedLoginCount: 0, lockedUntil: null, status: 'active' as const };
    await db.user.upsert({
      where: { email: observer.email },
      create: {
        email: observer.email,
        displayName: 'Scale-out observer',
        role: 'legal_observer',
        ...account,
      },
      update: account,
    });
    const sessions = createSessionService(db, { SESSION_IDLE_MINUTES: 60, SESSION_ABSOLUTE_HOURS: 1 });
    const newSession = () => benchToken({ db, services: { sessions } }, 'lawyer');

    const env = (port: number) =>
      apiEnv(port, {
        ...localKeyEnv(loadLocalSecrets(join(ROOT, '.data', FOLDER, 'secrets.json'))),
        DATABASE_URL: database.url,
        // Behind the proxy the client's address is in X-Forwarded-For (the back-off is keyed on it).
        TRUST_PROXY: '127.0.0.1',
        RATE_LIMIT_PER_MINUTE: String(CEILING),
        // The per-process sign-in ceiling would stop the scripted attempts first; the back-off under
        // test is the one in PostgreSQL.
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        // One folder for both, as one bucket (EVIDENCE_STORAGE=s3) would be on separate machines.
        EVIDENCE_DIR: join('.data', FOLDER, 'evidence'),
      });
    for (const [name, port] of [
      ['instance A', PORT],
      ['instance B', PORT + 1],
    ] as const) {
      instances.push(await startApi(name, port, env(port)));
    }
    const proxy = await startProxy(
      PORT + 2,
      instances.map((i) => i.url),
    );
    log(
      `Two API instances (${instances.map((i) => `${i.name} ${i.url}`).join(', ')}) behind ${proxy.url}, one PostgreSQL:`,
    );
    const context: ScaleContext = {
      databaseUrl: database.url,
      a: instances[0]!.url,
      b: instances[1]!.url,
      proxy,
      observer,
      lawyerToken: await newSession(),
      newSession,
      ceiling: CEILING,
    };
    try {
      for (const check of CHECKS) {
        try {
          const detail = await check.run(context);
          log(`✔ ${check.name}${detail ? ` — ${detail}` : ''}`);
        } catch (error) {
          failed += 1;
          log(`✘ ${check.name} — ${(error as Error).message}`);
        }
      }
      log(`ℹ ${await ceilingNote(context)}`);
    } finally {
      await proxy.close();
    }
  } finally {
    for (const instance of instances) await instance.stop();
    await db.$disconnect();
    await database.stop();
  }
  log(failed ? `\n${failed} of ${CHECKS.length} checks failed` : `\nAll ${CHECKS.length} checks passed`);
  // The embedded PostgreSQL helper exits with 0 on 'beforeExit'; set the code explicitly.
  if (failed) process.exit(1);
});
