import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /**
   * True for personal fields: the values are the sealed column values as they were (bound to their
   * row and field), so history never holds a personal value in clear.
   */
  sealed?: boolean;
}

/** Field-level history of a person or case: who, when, which field. */
export async function recordChanges(
  db: DbOrTx,
  actor: Actor,
  target: { personId?: string; caseId?: string; action: string },
  changes: FieldChange[],
): Promise<void> {
  const rows =
    changes.length > 0 ? changes : [{ field: null, oldValue: null, newValue: null, sealed: false }];
  await db.caseworkChange.createMany({
    data: rows.map((change) => ({
      personId: target.personId ?? null,
      caseId: target.caseId ?? null,
      actorId: actor.userId,
      action: target.action,
      field: change.field,
      oldValue: change.oldValue,
      newValue: change.newValue,
      sealed: change.sealed ?? false,
    })),
  });
}

/** The changes between a record's current values and an update, for the fields the update sets. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  update: Partial<T>,
  sealedFields: readonly (keyof T)[] = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(update) as (keyof T & string)[]) {
    const next = update[field];
    if (next === undefined) continue;
    const prev = before[field];
    if (JSON.stringify(prev ?? null) === JSON.stringify(next ?? null)) continue;
    changes.push({
      field,
      oldValue: stringify(prev),
      newValue: stringify(next),
      sealed: sealedFields.includes(field),
    });
  }
  return changes;
}

function stringify(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : JSON.stringify(value);
}
