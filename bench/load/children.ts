import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/postgres';

export interface Child {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const API_SERVER = join(ROOT, 'apps/api/dist/server.js');

/** Environment of an API instance of the benchmarks: production settings, the given database and keys. */
export function apiEnv(port: number, settings: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    API_HOST: '127.0.0.1',
    API_PORT: String(port),
    ...settings,
  };
}

/** Starts the built API (apps/api/dist/server.js) and waits until it answers /healthz. */
export function startApi(name: string, port: number, env: NodeJS.ProcessEnv): Promise<Child> {
  if (!existsSync(API_SERVER)) {
    throw new Error('Build the API first: cd apps/api && ../../node_modules/.bin/tsc -p tsconfig.build.json');
  }
  return started(
    name,
    port,
    spawn(
      process.execPath,
      [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), API_SERVER],
      { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] },
    ),
    '/healthz',
  );
}

/** Starts the bare Fastify + pg baseline (bare-server.ts) through tsx. */
export function startBare(port: number, env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bare-server.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', BARE_PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return started('bare Fastify + pg', port, child, '/healthz');
}

async function started(name: string, port: number, child: ChildProcess, health: string): Promise<Child> {
  const url = `http://127.0.0.1:${port}`;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} while starting`);
    if (Date.now() > deadline) throw new Error(`${name} did not answer ${health} within 2 minutes`);
    const ok = await fetch(`${url}${health}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    name,
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB, from /proc/<pid>/status (VmRSS), or NaN once it is gone. */
export function rssMb(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
