import { type Db, Prisma, sqlOf } from '@vigil/db';
import { CaseworkVault, type SealedAt } from '../vault/vault';

/**
 * Every sealed column and the field name its ciphertexts are bound to. casework_changes is left out
 * on purpose: a history value stays bound to its original row (table/id/field), not to its history
 * row, so it cannot be re-sealed from there; it stays under its old data key, which is kept.
 */
const SEALED: { table: SealedAt['table']; columns: Record<string, string> }[] = [
  {
    table: 'people',
    columns: {
      legal_name_enc: 'legalName',
      date_of_birth_enc: 'dateOfBirth',
      contacts_enc: 'contacts',
      notes_enc: 'notes',
    },
  },
  {
    table: 'cases',
    columns: {
      summary_enc: 'summary',
      legal_arguments_enc: 'legalArguments',
      person_decision_enc: 'personDecision',
    },
  },
  { table: 'case_notes', columns: { body_enc: 'body' } },
  { table: 'case_documents', columns: { title_enc: 'title', file_key_enc: 'fileKey' } },
  { table: 'partners', columns: { notes_enc: 'notes' } },
];

/** Values re-sealed per table. */
export type ResealCounts = Partial<Record<SealedAt['table'], number>>;

/**
 * Re-seals, in batches, every sealed value not yet under the vault's active data key. Each batch
 * writes a value only if it is still the one read (a concurrent edit wins; a value an older API
 * process seals meanwhile stays under its old key, still readable, and a later run moves it).
 */
export async function resealUnderActiveKey(
  db: Db,
  vault: CaseworkVault,
  options: { batch?: number; onBatch?: (table: string, done: number) => void } = {},
): Promise<ResealCounts> {
  const active = vault.activeKeyId;
  if (active === null) throw new Error('Casework vault not loaded');
  const batch = options.batch ?? 500;
  const counts: ResealCounts = {};
  for (const { table, columns } of SEALED) {
    const names = Object.keys(columns);
    const select = Prisma.join(names.map((c) => Prisma.raw(`"${c}"`)));
    const stale = Prisma.join(
      names.map(
        (c) =>
          Prisma.sql`(${Prisma.raw(`"${c}"`)} IS NOT NULL AND split_part(${Prisma.raw(`"${c}"`)}, '.', 2) <> ${String(active)})`,
      ),
      ' OR ',
    );
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await sqlOf(db).query<Record<string, string | null>>(Prisma.sql`
        SELECT id::text AS id, ${select} FROM ${Prisma.raw(table)}
        WHERE id > ${after}::uuid AND (${stale}) ORDER BY id LIMIT ${batch}`);
      if (rows.length === 0) break;
      for (const [column, field] of Object.entries(columns)) {
        const ids: string[] = [];
        const olds: string[] = [];
        const news: string[] = [];
        for (const row of rows) {
          const old = row[column];
          if (!old || CaseworkVault.keyIdOf(old) === active) continue;
          const at: SealedAt = { table, id: row.id!, field };
          ids.push(row.id!);
          olds.push(old);
          news.push(vault.seal(at, await vault.open(at, old)));
        }
        if (ids.length === 0) continue;
        const col = Prisma.raw(`"${column}"`);
        counts[table] =
          (counts[table] ?? 0) +
          (await db.$executeRaw`
          UPDATE ${Prisma.raw(table)} t SET ${col} = v.resealed
          FROM unnest(${ids}::uuid[], ${olds}::text[], ${news}::text[]) AS v(id, sealed, resealed)
          WHERE t.id = v.id AND t.${col} = v.sealed`);
      }
      after = rows[rows.length - 1]!.id!;
      options.onBatch?.(table, counts[table] ?? 0);
    }
  }
  return counts;
}
