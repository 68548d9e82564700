import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const STALE_MS = 24 * 3_600_000;

/**
 * Temporary files of uploads in progress, in a private folder beside the evidence (same disk, never
 * the system temp folder). Every upload gets its own Staging, and `cleanup()` runs on every outcome:
 * success, refusal, failure or client abort.
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

/** Removes leftovers of a crashed process; a day's margin spares uploads of another API instance. */
export async function sweepStaleStaging(dir: string, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) {
      await rm(path, { force: true, recursive: true });
      removed += 1;
    }
  }
  return removed;
}
