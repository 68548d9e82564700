import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/root';
import { DATA_DIR, type FaultsDatabase } from './faults-database';

const API_PORT = Number(process.env.FAULTS_API_PORT ?? 54372);
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const EVIDENCE_DIR = join(DATA_DIR, 'evidence');

export interface ApiChild {
  /** The API's log lines (pino JSON, warn and above). */
  lines: string[];
  /** Milliseconds from spawning the process to the first 200 from /readyz. */
  readyMs: number;
  /** Whether the process still runs. */
  alive(): boolean;
  /** Ends the process at once, as the kernel's OOM killer or a power cut would. */
  sigkill(): Promise<void>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Polls /readyz until it answers 200; fails if the process exits or the time runs out. */
export async function waitReady(child: ChildProcess | null, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    const ok = await fetch(`${API_URL}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${API_URL}/readyz did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Starts the built API (apps/api/dist/server.js) on the scenarios' database and waits until ready. */
export async function startApi(db: FaultsDatabase, env: Record<string, string> = {}): Promise<ApiChild> {
  const started = Date.now();
  const child = spawn(process.execPath, ['apps/api/dist/server.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      ...db.keys,
      API_PORT: String(API_PORT),
      EVIDENCE_DIR,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
  });
  // Never outlive the script, whatever ends it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const kill = async (signal: NodeJS.Signals) => {
    const done = exited(child);
    child.kill(signal);
    await done;
  };
  try {
    await waitReady(child);
  } catch (error) {
    await kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${lines.slice(-20).join('\n')}`);
  }
  return {
    lines,
    readyMs: Date.now() - started,
    alive: () => child.exitCode === null && child.signalCode === null,
    sigkill: () => kill('SIGKILL'),
    stop: () => kill('SIGTERM'),
  };
}
