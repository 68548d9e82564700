import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { insertAuditEvent } from '../../audit/audit-repository';

/**
 * Every read of decrypted casework data is written to the audit log against the person it concerns,
 * so that the person's page can show who accessed what: `fields` names what was opened (e.g.
 * "legalName", "case.summary", "note", "document"), never its value.
 */
export function auditPersonalRead(
  db: DbOrTx,
  actor: Actor,
  read: {
    personId: string;
    fields: string[];
    caseId?: string;
    count?: number;
    meta?: Record<string, string>;
  },
): Promise<void> {
  return insertAuditEvent(db, {
    actorId: actor.userId,
    requestId: actor.requestId,
    action: 'casework.personal_read',
    entityType: 'person',
    entityId: read.personId,
    fields: read.fields,
    meta: {
      ...(read.caseId ? { caseId: read.caseId } : {}),
      ...(read.count ? { count: read.count } : {}),
      ...read.meta,
    },
  });
}

/** A change to casework, audited against the person it concerns (fields named, values never). */
export function auditCaseworkChange(
  db: DbOrTx,
  actor: Actor,
  change: {
    action: string;
    personId: string;
    fields?: string[];
    caseId?: string;
    meta?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  return insertAuditEvent(db, {
    actorId: actor.userId,
    requestId: actor.requestId,
    action: change.action,
    entityType: 'person',
    entityId: change.personId,
    fields: change.fields ?? [],
    meta: { ...(change.caseId ? { caseId: change.caseId } : {}), ...change.meta },
  });
}
