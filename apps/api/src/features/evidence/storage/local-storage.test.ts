import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobNotFoundError } from './blob-storage';
import { LocalStorage } from './local-storage';

describe('LocalStorage', () => {
  let dir: string;
  let storage: LocalStorage;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigil-storage-'));
    storage = new LocalStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const read = async (key: string) => Buffer.concat(await (await storage.get(key)).toArray()).toString();

  it('stores read-only files and reads them back', async () => {
    await storage.put('originals/abc', Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    expect(await read('originals/abc')).toBe('hello world');
    expect((await stat(join(dir, 'originals/abc'))).mode & 0o777).toBe(0o440);
    expect(await storage.exists('originals/abc')).toBe(true);
    await expect(storage.put('originals/abc', Readable.from(['again']))).rejects.toThrow(/overwrite/);
    await storage.delete('originals/abc');
    await storage.delete('originals/abc');
    expect(await storage.exists('originals/abc')).toBe(false);
    await expect(storage.get('originals/abc')).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('leaves no partial file when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push('partial');
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(storage.put('originals/broken', failing)).rejects.toThrow('connection lost');
    expect(await readdir(join(dir, 'originals'))).toEqual([]);
  });

  it('refuses keys that could leave the folder', async () => {
    for (const key of ['../x', '/etc/passwd', 'a/../../x', '.hidden', 'a//b', '']) {
      await expect(storage.exists(key)).rejects.toThrow(/Invalid storage key/);
    }
  });
});
