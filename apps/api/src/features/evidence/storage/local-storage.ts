import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type BlobStorage, BlobNotFoundError, assertValidKey } from './blob-storage';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Evidence in a folder on disk. Each object is written to a temporary file beside its final place
 * and renamed into it, so a crash never leaves a half-written file under a real key; the file is then
 * read-only (0o440) because an original must never change after it is stored.
 */
export class LocalStorage implements BlobStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    return join(this.root, key);
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    if (await this.exists(key)) throw new Error(`Refusing to overwrite stored object ${key}`);
    await mkdir(dirname(target), { recursive: true, mode: 0o750 });
    // Same folder as the target, so the rename stays on one filesystem and is atomic. Named after its
    // key, so that the startup sweep can tell whose partial file a killed process left behind.
    const temp = `${target}.partial-${randomBytes(8).toString('hex')}`;
    // Created before the copy starts, so a failure at any point finds the file there to delete (a
    // stream that opens lazily could create it after the clean-up ran).
    const handle = await open(temp, 'wx', 0o640);
    try {
      await pipeline(body, handle.createWriteStream());
      await chmod(temp, 0o440);
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const stream = createReadStream(path);
    // Wait for the file to open so that a missing file is a rejection here, not a stream error later.
    await new Promise<void>((resolveOpen, reject) => {
      stream.once('open', () => resolveOpen());
      stream.once('error', (error) => reject(isMissing(error) ? new BlobNotFoundError(key) : error));
    });
    return stream;
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    try {
      const entries = await readdir(this.pathOf(prefix), { withFileTypes: true });
      return entries.filter((entry) => entry.isFile()).map((entry) => `${prefix}/${entry.name}`);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}
