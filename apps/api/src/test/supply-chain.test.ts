import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** What the deployment is built from: pinned versions, and a process without root. */
describe('supply chain', () => {
  it('pins every declared dependency of every workspace in the committed lockfile', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      lockfileVersion: number;
      packages: Record<string, { version?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
    };
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const workspaces = ['', 'apps/api', 'apps/web', 'packages/config', 'packages/contracts', 'packages/db'];
    const unpinned = workspaces.flatMap((workspace) => {
      const manifest = JSON.parse(read(join(workspace, 'package.json'))) as typeof lock.packages[string];
      const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((n) => !n.startsWith('@vigil/'));
      // npm hoists to the root node_modules unless two versions clash, then nests under the workspace.
      return names.filter(
        (name) =>
          !lock.packages[`node_modules/${name}`]?.version &&
          !lock.packages[join(workspace, 'node_modules', name)]?.version,
      );
    });
    expect(unpinned).toEqual([]);
  });

  it('runs the production image as an unprivileged user', () => {
    const stages = read('Dockerfile').split(/^FROM /m);
    const users = [...(stages[stages.length - 1] ?? '').matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:.*)?$/);
  });
});
