import { type DbOrTx, Prisma, type VocabularyKind, sqlOf } from '@vigil/db';

export function listTerms(db: DbOrTx, kind: VocabularyKind | undefined, includeInactive: boolean) {
  return db.vocabularyTerm.findMany({
    where: { kind, active: includeInactive ? undefined : true },
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { labelEn: 'asc' }],
  });
}

export function findTerm(db: DbOrTx, id: string) {
  return db.vocabularyTerm.findUnique({ where: { id } });
}

export function insertTerm(db: DbOrTx, data: Prisma.VocabularyTermUncheckedCreateInput) {
  return db.vocabularyTerm.create({ data });
}

export function updateTerm(db: DbOrTx, id: string, data: Prisma.VocabularyTermUncheckedUpdateInput) {
  return db.vocabularyTerm.update({ where: { id }, data });
}

/** The given terms and all their descendants in the vocabulary tree. */
export async function withDescendants(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sqlOf(db).query<{ id: string }>(Prisma.sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM vocabulary_terms WHERE id = ANY(${ids}::uuid[])
      UNION
      SELECT v.id FROM vocabulary_terms v JOIN tree ON v.parent_id = tree.id
    )
    SELECT id::text AS id FROM tree`);
  return rows.map((row) => row.id);
}

/** The ancestors of a term, nearest first (to refuse cycles when re-parenting). */
export async function ancestorsOf(db: DbOrTx, id: string): Promise<string[]> {
  const rows = await sqlOf(db).query<{ id: string }>(Prisma.sql`
    WITH RECURSIVE up AS (
      SELECT parent_id AS id FROM vocabulary_terms WHERE id = ${id}::uuid
      UNION
      SELECT v.parent_id FROM vocabulary_terms v JOIN up ON v.id = up.id WHERE up.id IS NOT NULL
    )
    SELECT id::text AS id FROM up WHERE id IS NOT NULL`);
  return rows.map((row) => row.id);
}
