import { randomUUID } from 'node:crypto';
import type { Db } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { auditCaseworkChange, auditPersonalRead } from '../access/casework-audit';
import { recordChanges } from '../access/casework-history';
import type { CaseworkVault } from '../vault/vault';
import { userRefsOf } from '../deadlines/user-refs';
import { assertCasePersonal, assertCaseWritablePersonal } from './case-personal';

const sealedAt = (id: string) => ({ table: 'case_notes', id, field: 'body' }) as const;

/**
 * Notes on a case: timestamped, sealed, append-only. Nobody edits or deletes a note; a correction is
 * a new note, so what was written and when stays as it was.
 */
export function createNotesService(db: Db, vault: CaseworkVault) {
  return {
    /** Every note of the case, oldest first, decrypted; one audit entry for the whole read. */
    async list(actor: Actor, caseId: string) {
      const found = await assertCasePersonal(db, actor, caseId);
      const rows = await db.caseNote.findMany({
        where: { caseId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const ref = await userRefsOf(
        db,
        rows.map((row) => row.authorId),
      );
      const notes = await Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          body: await vault.open(sealedAt(row.id), row.bodyEnc),
          author: ref(row.authorId),
          createdAt: row.createdAt,
        })),
      );
      if (notes.length > 0) {
        await auditPersonalRead(db, actor, {
          personId: found.personId,
          caseId,
          fields: ['note'],
          count: notes.length,
        });
      }
      return notes;
    },

    /** Seals and adds a note; the answer leaves the text out (see noteResponseSchema). */
    async create(actor: Actor, caseId: string, body: string) {
      const found = await assertCaseWritablePersonal(db, actor, caseId);
      const id = randomUUID();
      const row = await db.$transaction(async (tx) => {
        const created = await tx.caseNote.create({
          data: { id, caseId, bodyEnc: vault.seal(sealedAt(id), body), authorId: actor.userId },
        });
        await recordChanges(tx, actor, { caseId, action: 'note.add' }, [
          { field: 'note', oldValue: null, newValue: null },
        ]);
        await auditCaseworkChange(tx, actor, {
          action: 'casework.note_add',
          personId: found.personId,
          caseId,
          fields: ['note'],
          meta: { noteId: id },
        });
        return created;
      });
      const ref = await userRefsOf(db, [row.authorId]);
      return { id, author: ref(row.authorId), createdAt: row.createdAt };
    },
  };
}
