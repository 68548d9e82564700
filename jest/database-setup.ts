import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..');

declare global {
  var vigilTestDatabase: ChildProcess | undefined;
}

/** Starts scripts/test-database.ts and hands its server to the test workers through the environment. */
export default async function setup(): Promise<void> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/test-database.ts')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  globalThis.vigilTestDatabase = child;
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test database exited with ${code}`)));
  });
  const { adminUrl, template } = JSON.parse(line) as { adminUrl: string; template: string };
  process.env.VIGIL_TEST_ADMIN_URL = adminUrl;
  process.env.VIGIL_TEST_TEMPLATE = template;
}
