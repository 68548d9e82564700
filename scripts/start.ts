/**
 * `npm start` (production build) and `npm run dev` (hot reload): one command from a fresh clone to a
 * running API and dashboard. Without DATABASE_URL it runs an embedded PostgreSQL under .data/ with
 * demo data; with DATABASE_URL it uses that server and seeds only with --demo.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const log = (line: string) => process.stdout.write(`[vigil] ${line}\n`);

async function main() {
  const started = Date.now();
  if (existsSync(join(ROOT, '.env'))) process.loadEnvFile(join(ROOT, '.env'));
  const external = process.env.DATABASE_URL;
  if (external && !(process.env.MASTER_KEY && process.env.NEXTAUTH_SECRET)) {
    throw new Error('With DATABASE_URL set, MASTER_KEY and NEXTAUTH_SECRET must be set too (see .env.example).');
  }
  log(dev ? 'Building shared packages…' : 'Building (cached after the first run)…');
  await run(join(ROOT, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only', ...(dev ? ['--filter=./packages/*'] : [])], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' },
  });
  // Loaded after the build: they use the shared packages' compiled output.
  const { startStack } = await import('./lib/stack.js');
  const { DEMO_PASSWORD, DEMO_USERS } = await import('../prisma/seed/index.js');
  const stack = await startStack({
    dev,
    demo: args.has('--demo') ? true : undefined,
    dataDir: join(ROOT, '.data'),
    apiPort: Number(process.env.API_PORT ?? 4000),
    webPort: Number(process.env.WEB_PORT ?? 3000),
    pgPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    databaseUrl: external,
    log,
  });

  const lines = [
    '',
    `Vigil is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  Dashboard:  ${stack.webUrl}`,
    `  API:        ${stack.apiUrl}`,
    `  API docs:   ${stack.apiUrl}/api/docs`,
    `  Database:   ${stack.embedded ? 'embedded PostgreSQL in .data/postgres' : 'DATABASE_URL'}`,
  ];
  if (stack.seeded) {
    lines.push('', `Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) lines.push(`  ${user.role.padEnd(15)} ${user.email}`);
    lines.push(
      '',
      'Demo accounts are exempt from two-factor authentication. A real deployment requires it for',
      'administrators, coordinators, lawyers and caseworkers (Settings → two-factor rule).',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.');
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    await stack.stop();
    log('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`[vigil] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
