import type { DbOrTx } from '@vigil/db';
import { displayNames } from '../../sites/sites-repository';

export interface UserRef {
  id: string;
  displayName: string;
}

/**
 * The people behind casework rows (assignees, authors, uploaders) as references, in one query; a
 * user who no longer exists shows as null rather than failing the read.
 */
export async function userRefsOf(db: DbOrTx, ids: (string | null)[]) {
  const wanted = ids.filter((id): id is string => id !== null);
  const names = wanted.length === 0 ? new Map<string, string>() : await displayNames(db, wanted);
  return (id: string | null): UserRef | null => {
    const displayName = id === null ? undefined : names.get(id);
    return id === null || displayName === undefined ? null : { id, displayName };
  };
}
