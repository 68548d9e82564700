/**
 * `npm test`: typecheck, lint, unit and integration tests (real PostgreSQL: embedded unless
 * TEST_DATABASE_URL is set), then the production build and the browser tests in Debian's Chromium.
 * Without Chromium the browser tests are skipped with a notice, except under CI, where that fails.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };

async function step(name: string, command: string, args: string[]) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  await run(command, args, { cwd: ROOT, env });
  process.stdout.write(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

async function jest(name: string, projects: string[]) {
  const report = join(ROOT, 'test-artifacts', `jest-${projects.join('-')}.json`);
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  try {
    await step(name, bin('jest'), ['--selectProjects', ...projects, '--json', `--outputFile=${report}`]);
  } finally {
    if (existsSync(report)) {
      const r = JSON.parse(readFileSync(report, 'utf8')) as Record<string, number>;
      totals.passed += r.numPassedTests ?? 0;
      totals.failed += r.numFailedTests ?? 0;
      totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    }
  }
}

async function main() {
  const started = Date.now();
  await step('typecheck', bin('turbo'), ['run', 'typecheck', '--output-logs=errors-only']);
  await step('typecheck scripts', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  await step('lint', bin('eslint'), ['.', '--max-warnings', '0']);
  await jest('unit and integration tests', ['packages', 'web', 'api']);
  if (existsSync(CHROMIUM)) {
    await step('build', bin('turbo'), ['run', 'build', '--output-logs=errors-only']);
    await jest('browser tests', ['e2e']);
  } else if (process.env.CI) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: CI must run the browser tests (.ci/run installs it).`);
  } else {
    process.stdout.write(
      `\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.\n` +
        '!! Install it with `sudo apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.\n' +
        `${'!'.repeat(78)}\n`,
    );
  }
  process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      process.stderr.write(`\n✘ ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    },
  )
  .then((code) => {
    // The plain summary line CI reads, then an explicit exit code.
    process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
    process.exit(code);
  });
