import { randomUUID } from 'node:crypto';
import { CASE_TYPES, type CaseStatus } from '@vigil/contracts';
import { createDb } from '@vigil/db';
import pg from 'pg';
import { wrappingKeysFromConfig } from '../../apps/api/src/features/casework/vault/data-keys';
import { CaseworkVault } from '../../apps/api/src/features/casework/vault/vault';
import { seededRandom } from '../../prisma/seed/random';
import type { KeyEnv } from '../../scripts/lib/local-secrets';

export interface CaseworkBenchSize {
  people: number;
  cases: number;
  caseworkers: number;
  lawyers: number;
}

const userId = (prefix: number, n: number) =>
  `00000000-0000-4000-8000-${(prefix + n).toString(16).padStart(12, '0')}`;
export const caseworkerId = (n: number) => userId(0xc00000, n);
export const lawyerId = (n: number) => userId(0xd00000, n);
export const BENCH_COORDINATOR_ID = userId(0xe00000, 0);

const DAY_MS = 86_400_000;
const BATCH = 5_000;
const ALIASES = [
  'Abdi',
  'Samira',
  'Yonas',
  'Aziz',
  'Habib',
  'Tesfay',
  'Omar',
  'Dawit',
  'Karim',
  'Layla',
  'Mariam',
  'Reza',
];
const NATIONALITIES = ['Eritrean', 'Sudanese', 'Afghan', 'Iraqi', 'Iranian', 'Syrian', 'Ethiopian', 'Somali'];
const LANGUAGES = ['ti', 'ar', 'ps', 'ckb', 'fa', 'ar', 'am', 'so'];
const AGE_RANGES = [
  'age_16_17',
  'age_18_24',
  'age_18_24',
  'age_25_34',
  'age_25_34',
  'age_35_49',
  'age_50_plus',
];
const DEADLINE_KINDS = ['appeal', 'hearing', 'appointment', 'submission', 'task'] as const;

/** Rows gathered column by column, for INSERT … SELECT FROM unnest($1, $2, …). */
function columns(width: number) {
  const data: (string | null)[][] = Array.from({ length: width }, () => []);
  return { data, push: (row: (string | null)[]) => row.forEach((value, i) => data[i]!.push(value)) };
}
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Fills the database with `size.people` people and `size.cases` cases (kept between runs; a database
 * of another size is emptied first): personal fields sealed with the vault exactly as the API seals
 * them, about two assignments per case over the caseworkers (a few long-standing volunteers hold many
 * cases, most hold a few hundred to a few thousand), a lawyer on a third of the cases, two open
 * deadlines per case in progress around today and a done one on some closed cases. Bulk inserts of
 * unnested arrays, 5,000 rows at a time.
 */
export async function generateCasework(
  url: string,
  size: CaseworkBenchSize,
  keys: KeyEnv,
  log: (line: string) => void,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = createDb(url, { max: 2 });
  try {
    // The size generated last is kept in instance_settings: another size is generated afresh.
    const marker = JSON.stringify(size);
    const stored = await client.query(
      `SELECT 1 FROM instance_settings WHERE key = 'bench_casework_size' AND value = $1::jsonb`,
      [marker],
    );
    if (stored.rowCount) {
      return log(
        `${size.people.toLocaleString('en')} people and ${size.cases.toLocaleString('en')} cases already present`,
      );
    }
    // Marked again only once complete: an interrupted generation is never taken for a finished one.
    await client.query(`DELETE FROM instance_settings WHERE key = 'bench_casework_size'`);
    await client.query('TRUNCATE people, cases, case_assignments, case_deadlines, casework_changes CASCADE');
    await insertUsers(client, size);
    const vault = new CaseworkVault(db, wrappingKeysFromConfig(keys));
    await vault.load();
    const started = Date.now();
    const people = await insertPeople(client, vault, size.people);
    log(`  people: ${size.people.toLocaleString('en')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const casesStarted = Date.now();
    await insertCases(client, vault, size, people);
    log(`  cases, assignments, deadlines: ${((Date.now() - casesStarted) / 1000).toFixed(1)} s`);
    // VACUUM as well: the visibility map lets counts over the deadline index skip the table, as
    // autovacuum would after a while on a live instance.
    await client.query('VACUUM ANALYZE');
    await client.query(
      `INSERT INTO instance_settings (key, value) VALUES ('bench_casework_size', $1::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [marker],
    );
  } finally {
    await client.end();
    await db.$disconnect();
  }
}

async function insertUsers(client: pg.Client, size: CaseworkBenchSize) {
  const ids = (n: number, id: (i: number) => string) => Array.from({ length: n }, (_, i) => id(i));
  await client.query(
    `INSERT INTO users (id, email, display_name, role, status, updated_at)
     SELECT id, 'bench-caseworker-' || n || '@bench.vigil', 'Caseworker ' || n, 'caseworker'::"Role", 'active'::"UserStatus", now()
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n)
     UNION ALL SELECT id, 'bench-lawyer-' || n || '@bench.vigil', 'Lawyer ' || n, 'lawyer'::"Role", 'active'::"UserStatus", now()
     FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)
     UNION ALL SELECT $3::uuid, 'bench-coordinator@bench.vigil', 'Bench coordinator', 'coordinator'::"Role", 'active'::"UserStatus", now()
     ON CONFLICT DO NOTHING`,
    [ids(size.caseworkers, caseworkerId), ids(size.lawyers, lawyerId), BENCH_COORDINATOR_ID],
  );
}

/** People with sealed fields; one in ten has all four (the decryption benchmark reads those). */
async function insertPeople(client: pg.Client, vault: CaseworkVault, total: number): Promise<string[]> {
  const rnd = seededRandom(7);
  const ids: string[] = [];
  for (let from = 0; from < total; from += BATCH) {
    const rows = columns(12);
    for (let i = from; i < Math.min(total, from + BATCH); i += 1) {
      const id = randomUUID();
      ids.push(id);
      const full = i % 10 === 0;
      const seal = (field: string, value: string, p: number) =>
        full || rnd.chance(p) ? vault.seal({ table: 'people', id, field }, value) : null;
      const k = i % NATIONALITIES.length;
      rows.push([
        id,
        `${rnd.pick(ALIASES)} ${String.fromCharCode(65 + (i % 26))}. ${i}`,
        seal('legalName', `Legal Name ${i}`, 0.3),
        seal('dateOfBirth', `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`, 0.6),
        rnd.pick(AGE_RANGES),
        rnd.chance(0.8) ? 'man' : 'woman',
        NATIONALITIES[k]!,
        LANGUAGES[k]!,
        seal(
          'contacts',
          JSON.stringify([{ kind: 'phone', value: `+33 7 ${String(i).padStart(8, '0')}` }]),
          0.7,
        ),
        seal('notes', 'Easier to reach at the Tuesday distribution than by phone.', 0.4),
        // A few carry a sensitivity flag (and so need a grant to be read in full).
        i % 10 !== 0 && rnd.chance(0.04) ? 'minor' : null,
        iso(Date.now() - rnd.int(1, 3_000) * DAY_MS),
      ]);
    }
    await client.query(
      `INSERT INTO people (id, alias, legal_name_enc, date_of_birth_enc, age_range, gender, nationality, languages,
         contacts_enc, notes_enc, sensitivity, created_by_id, created_at, updated_at)
       SELECT id, alias, ln, dob, ar::"AgeRange", g::"Gender", nat, ARRAY[lang], ct, nt,
              CASE WHEN s IS NULL THEN '{}'::"SensitivityFlag"[] ELSE ARRAY[s::"SensitivityFlag"] END, $13, ca, ca
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::timestamptz[])
         AS t(id, alias, ln, dob, ar, g, nat, lang, ct, nt, s, ca)`,
      [...rows.data, BENCH_COORDINATOR_ID],
    );
  }
  return ids;
}

/**
 * Cases in proportion (60% closed), the first people having a second case. Caseworkers are drawn
 * with a skew (rank^1.5), so the counts per caseworker spread from a few hundred to many thousands.
 */
async function insertCases(
  client: pg.Client,
  vault: CaseworkVault,
  size: CaseworkBenchSize,
  people: string[],
) {
  const rnd = seededRandom(11);
  const now = Date.now();
  for (let from = 0; from < size.cases; from += BATCH) {
    const cases = columns(11);
    const assignments = columns(3);
    const deadlines = columns(6);
    for (let i = from; i < Math.min(size.cases, from + BATCH); i += 1) {
      const id = randomUUID();
      const r = rnd.next();
      const status: CaseStatus = r < 0.1 ? 'open' : r < 0.3 ? 'active' : r < 0.4 ? 'waiting' : 'closed';
      const opened = now - rnd.int(1, 3_000) * DAY_MS;
      const closed = status === 'closed' ? Math.min(now, opened + rnd.int(10, 400) * DAY_MS) : null;
      cases.push([
        id,
        `B-${String(i).padStart(7, '0')}`,
        people[i % people.length]!,
        CASE_TYPES[i % CASE_TYPES.length]!,
        status,
        closed ? rnd.pick(['granted', 'refused', 'transferred', 'resolved', 'lost_contact']) : null,
        vault.seal(
          { table: 'cases', id, field: 'summary' },
          `Summary of case ${i}: journey, procedure, next steps.`,
        ),
        rnd.chance(0.33) ? lawyerId(rnd.int(0, size.lawyers - 1)) : null,
        iso(opened),
        closed ? iso(closed) : null,
        iso(closed ?? now - rnd.int(0, 90) * DAY_MS),
      ]);
      const picked = [
        ...new Set([pickCaseworker(rnd, size.caseworkers), pickCaseworker(rnd, size.caseworkers)]),
      ];
      for (const user of picked) assignments.push([id, user, iso(opened)]);
      const open = closed === null;
      for (let k = 0; k < (open ? 2 : rnd.chance(0.33) ? 1 : 0); k += 1) {
        const due = open
          ? now + rnd.int(-10, 40) * DAY_MS + rnd.int(8, 17) * 3_600_000
          : closed - rnd.int(1, 30) * DAY_MS;
        deadlines.push([
          id,
          rnd.pick(DEADLINE_KINDS),
          `Deadline ${k + 1} of case ${i}`,
          iso(due),
          picked[0]!,
          open ? null : iso(due),
        ]);
      }
    }
    await client.query(
      `INSERT INTO cases (id, reference, person_id, type, status, outcome, summary_enc, lawyer_id, opened_at, closed_at,
         updated_at, created_by_id, created_at)
       SELECT id, ref, pid, t::"CaseType", s::"CaseStatus", o::"CaseOutcome", se, l, oa, ca, ua, $12, oa
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[],
                   $9::timestamptz[], $10::timestamptz[], $11::timestamptz[]) AS x(id, ref, pid, t, s, o, se, l, oa, ca, ua)`,
      [...cases.data, BENCH_COORDINATOR_ID],
    );
    await client.query(
      `INSERT INTO case_assignments (case_id, user_id, assigned_by_id, assigned_at)
       SELECT c, u, $4, a FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS x(c, u, a)`,
      [...assignments.data, BENCH_COORDINATOR_ID],
    );
    await client.query(
      `INSERT INTO case_deadlines (id, case_id, kind, title, due_at, assignee_id, done_at, done_by_id, created_by_id)
       SELECT gen_random_uuid(), c, k::"CaseDeadlineKind", t, d, a, dn, CASE WHEN dn IS NOT NULL THEN a END, $7
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::uuid[], $6::timestamptz[]) AS x(c, k, t, d, a, dn)`,
      [...deadlines.data, BENCH_COORDINATOR_ID],
    );
  }
}

const pickCaseworker = (rnd: ReturnType<typeof seededRandom>, n: number) =>
  caseworkerId(Math.floor(n * rnd.next() ** 1.5));
