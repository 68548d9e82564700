import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ApiEnv } from '@vigil/config';
import { evidenceDirOf } from './storage/storage-from-config';

const STALE_MS = 24 * 3_600_000;

/**
 * Temporary files of uploads in progress, in this process's private folder beside the evidence (same
 * disk, never the system temp folder). Every upload gets its own Staging, and `cleanup()` runs on
 * every outcome: success, refusal, failure or client abort.
 */
export class Staging {
  private readonly paths: string[] = [];

  constructor(private readonly dir: string) {}

  /** A fresh path; the caller writes it with flag 'wx'. */
  async newPath(suffix = ''): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const path = join(this.dir, `${randomBytes(12).toString('hex')}${suffix}`);
    this.paths.push(path);
    return path;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.paths.map((path) => rm(path, { force: true })));
  }
}

/**
 * This process's own folder under the shared staging folder, named `<host>-<pid>`, so that a restart
 * can tell the leftovers of dead processes from the uploads of live ones.
 */
export function processStagingDir(root: string, host = hostname(), pid = process.pid): string {
  const dir = join(root, `${host}-${pid}`);
  claimed.add(dir);
  return dir;
}

/** Staging folders this process uses (tests build several apps in one process): never swept. */
const claimed = new Set<string>();

/**
 * The shared staging folder of every upload (evidence, casework documents): beside the stored files,
 * on the same disk, never the system temp folder.
 */
export function stagingRootOf(env: Pick<ApiEnv, 'EVIDENCE_DIR'>): string {
  return join(evidenceDirOf(env), '.incoming');
}

const opened = new Map<string, Promise<string>>();

/**
 * This process's staging folder under `root`, once what dead processes left there has been swept.
 * Every upload route asks for it at startup; the sweep runs once, before the first claim, whichever
 * route loads first (a claimed folder is never swept, so claiming first would spare a predecessor's).
 */
export function openStagingDir(root: string): Promise<string> {
  let dir = opened.get(root);
  if (!dir) {
    dir = sweepStaging(root).then(() => processStagingDir(root));
    dir.catch(() => opened.delete(root));
    opened.set(root, dir);
  }
  return dir;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what dead processes left in the shared staging folder (a killed process never runs its
 * clean-up): at once for the folders of this host's processes that no longer run, and for this
 * process's own name (a predecessor with the same pid, as pid 1 in a container, left it); after a day
 * for anything else (another host's folders, whose processes cannot be asked).
 */
export async function sweepStaging(root: string, now = Date.now(), host = hostname()): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (claimed.has(path)) continue;
    const owner = entry.isDirectory() ? /^(.+)-(\d+)$/.exec(entry.name) : null;
    const pid = Number(owner?.[2]);
    const dead = owner?.[1] === host && (pid === process.pid || !running(pid));
    if (!dead) {
      const info = await stat(path).catch(() => null);
      if (!info || now - info.mtimeMs <= STALE_MS) continue;
    }
    await rm(path, { force: true, recursive: true });
    removed += 1;
  }
  return removed;
}
