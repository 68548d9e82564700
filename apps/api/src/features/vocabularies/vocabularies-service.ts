import type { createVocabularyTermBodySchema, updateVocabularyTermBodySchema } from '@vigil/contracts';
import type { Db, VocabularyKind } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import type { AuditService } from '../audit/audit-service';
import {
  ancestorsOf,
  findTerm,
  insertTerm,
  listTerms,
  updateTerm,
  withDescendants,
} from './vocabularies-repository';

type NewTerm = z.output<typeof createVocabularyTermBodySchema>;
type TermChanges = z.output<typeof updateVocabularyTermBodySchema>;

export type VocabulariesService = ReturnType<typeof createVocabulariesService>;

export function createVocabulariesService(db: Db, audit: AuditService) {
  async function checkParent(kind: VocabularyKind, parentId: string | null | undefined, selfId?: string) {
    if (!parentId) return;
    const parent = await findTerm(db, parentId);
    if (!parent || parent.kind !== kind)
      throw AppError.invalid('body/parentId', 'No such term in this vocabulary');
    if (selfId && (parentId === selfId || (await ancestorsOf(db, parentId)).includes(selfId))) {
      throw AppError.invalid('body/parentId', 'A term cannot be placed under itself');
    }
  }

  return {
    list: (kind: VocabularyKind | undefined, includeInactive: boolean) =>
      listTerms(db, kind, includeInactive),

    withDescendants: (ids: string[]) => withDescendants(db, ids),

    async create(actor: Actor, input: NewTerm) {
      await checkParent(input.kind, input.parentId);
      return db.$transaction(async (tx) => {
        const term = await insertTerm(tx, input);
        await audit.byActor(tx, actor, {
          action: 'vocabulary.create',
          entityType: 'vocabulary_term',
          entityId: term.id,
          fields: Object.keys(input),
        });
        return term;
      });
    },

    /** Terms are deactivated, never deleted: old records keep pointing at them. */
    async update(actor: Actor, id: string, changes: TermChanges) {
      const term = await findTerm(db, id);
      if (!term) throw AppError.notFound('Term');
      await checkParent(term.kind, changes.parentId, id);
      return db.$transaction(async (tx) => {
        const updated = await updateTerm(tx, id, changes);
        await audit.byActor(tx, actor, {
          action: 'vocabulary.update',
          entityType: 'vocabulary_term',
          entityId: id,
          fields: Object.keys(changes),
        });
        return updated;
      });
    },
  };
}
