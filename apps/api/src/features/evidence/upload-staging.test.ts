import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStagingDir, processStagingDir, sweepStaging } from './upload-staging';

// Above Linux's highest pid (2^22), so no process can have it.
const DEAD_PID = 2 ** 22 + 1;
const DAY_AND_A_BIT_MS = 25 * 3_600_000;

describe('staging sweep at startup', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigil-staging-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function leave(name: string, options: { dir?: boolean; old?: boolean } = {}) {
    const path = join(root, name);
    if (options.dir ?? true) {
      await mkdir(path);
      await writeFile(join(path, 'upload-part'), 'bytes');
    } else {
      await writeFile(path, 'bytes');
    }
    if (options.old) {
      const then = new Date(Date.now() - DAY_AND_A_BIT_MS);
      await utimes(path, then, then);
    }
  }

  it("removes dead processes' folders at once and keeps live ones", async () => {
    const host = hostname();
    await leave(`${host}-${DEAD_PID}`); // killed: removed now
    await leave(`${host}-${process.ppid}`); // running (this test's parent): kept
    await leave('other-host-12'); // another machine's, recent: kept
    await leave('other-host-13', { old: true }); // another machine's, a day old: removed
    await leave('flat-file', { dir: false, old: true }); // the older flat layout, a day old: removed
    await leave('fresh-file', { dir: false }); // the older flat layout, recent: kept

    expect(await sweepStaging(root)).toBe(3);
    expect((await readdir(root)).sort()).toEqual(
      [`${host}-${process.ppid}`, 'fresh-file', 'other-host-12'].sort(),
    );
  });

  it("removes a predecessor's folder with this process's name, but never a folder in use", async () => {
    const own = `${hostname()}-${process.pid}`;
    await leave(own);
    expect(await sweepStaging(root)).toBe(1);
    const dir = processStagingDir(root);
    expect(dir).toBe(join(root, own));
    await leave(own);
    expect(await sweepStaging(root)).toBe(0);
    expect(await readdir(root)).toEqual([own]);
  });

  it('opens one staging folder for every upload route: swept once, before it is claimed', async () => {
    const own = `${hostname()}-${process.pid}`;
    await leave(own); // a predecessor's, with this process's name
    // Evidence and casework documents ask at once, as their routes load.
    const [first, second] = await Promise.all([openStagingDir(root), openStagingDir(root)]);
    expect(first).toBe(join(root, own));
    expect(second).toBe(first);
    expect(await readdir(root)).toEqual([]);
    expect(await openStagingDir(root)).toBe(first);
  });
});
