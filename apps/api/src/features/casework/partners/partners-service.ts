import { randomUUID } from 'node:crypto';
import {
  type createPartnerBodySchema,
  type partnerListQuerySchema,
  type updatePartnerBodySchema,
  can,
} from '@vigil/contracts';
import type { Db, Partner } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { insertAuditEvent } from '../../audit/audit-repository';
import type { CaseworkVault } from '../vault/vault';
import { findPartner, listPartners } from './partners-repository';

type Create = z.output<typeof createPartnerBodySchema>;
type Update = z.output<typeof updatePartnerBodySchema>;
type ListQuery = z.output<typeof partnerListQuerySchema>;

const sealedAt = (id: string) => ({ table: 'partners', id, field: 'notes' }) as const;

function toView(row: Partner, notes: string | null) {
  const { notesEnc, createdAt: _c, updatedAt: _u, ...fields } = row;
  return { ...fields, notes, hasNotes: notesEnc !== null };
}

/** The fields a write sets, named in its audit entry (values never). */
function fieldsOf(body: Create | Update): string[] {
  return Object.entries(body).flatMap(([field, value]) => (value === undefined ? [] : [field]));
}

/**
 * The directory of partner organisations and solicitors. Its restricted notes ("avoid", "takes
 * legal aid cases") are sealed and opened only for readers of personal data; they are not about the
 * people supported, so opening them is logged as one event per read rather than per person.
 */
export function createPartnersService(db: Db, vault: CaseworkVault) {
  return {
    async list(actor: Actor, query: ListQuery) {
      const rows = await listPartners(db, query);
      if (!can(actor.role, 'cases.read_personal')) return rows.map((row) => toView(row, null));
      const views = await Promise.all(
        rows.map(async (row) => toView(row, await vault.openOptional(sealedAt(row.id), row.notesEnc))),
      );
      const opened = views.filter((view) => view.hasNotes).length;
      if (opened > 0) {
        await insertAuditEvent(db, {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'partners.notes_read',
          entityType: 'partner',
          fields: ['notes'],
          meta: { count: opened },
        });
      }
      return views;
    },

    /** Adds a partner; the answer leaves the notes out (see partnerViewSchema). */
    async create(actor: Actor, body: Create) {
      const id = randomUUID();
      const { notes, ...columns } = body;
      const row = await db.$transaction(async (tx) => {
        const created = await tx.partner.create({
          data: { id, ...columns, notesEnc: vault.sealOptional(sealedAt(id), notes) ?? null },
        });
        await insertAuditEvent(tx, {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'partners.create',
          entityType: 'partner',
          entityId: id,
          fields: fieldsOf(body),
        });
        return created;
      });
      return toView(row, null);
    },

    async update(actor: Actor, id: string, body: Update) {
      if (!(await findPartner(db, id))) throw AppError.notFound('Partner');
      const { notes, ...columns } = body;
      const row = await db.$transaction(async (tx) => {
        const updated = await tx.partner.update({
          where: { id },
          data: { ...columns, notesEnc: vault.sealOptional(sealedAt(id), notes) },
        });
        await insertAuditEvent(tx, {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'partners.update',
          entityType: 'partner',
          entityId: id,
          fields: fieldsOf(body),
        });
        return updated;
      });
      return toView(row, null);
    },
  };
}
