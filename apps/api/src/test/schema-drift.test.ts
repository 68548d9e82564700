import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** The migrations replayed into a shadow database must give exactly prisma/schema.prisma. */
describe('migrations', () => {
  it('agree with the schema (prisma migrate diff --exit-code)', () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/prisma'),
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--exit-code'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.VIGIL_TEST_ADMIN_URL }, encoding: 'utf8' },
    );
    expect({ status: result.status, output: result.stdout.trim().split('\n').pop(), err: result.status ? result.stderr : '' }).toEqual({
      err: '',
      status: 0,
      output: 'No difference detected.',
    });
  });
});
