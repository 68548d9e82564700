import type { AgeRange, ErasureCounts } from '@vigil/contracts';
import { type Db, Prisma, type Tx, sqlOf } from '@vigil/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { insertAuditEvent } from '../../audit/audit-repository';
import type { BlobStorage } from '../../evidence/storage/blob-storage';
import type { CaseworkVault } from '../vault/vault';
import { ageRangeAt } from './age-range';

export interface ErasureDeps {
  db: Db;
  vault: CaseworkVault;
  storage: BlobStorage;
  log: FastifyBaseLogger;
}

export interface ErasureRequest {
  /** Null when the retention job erases. */
  actor: Actor | null;
  trigger: 'request' | 'retention';
  reason: string;
}

export interface Erasure {
  personId: string;
  /** The alias that replaced the person's. */
  alias: string;
  erasedAt: Date;
  counts: ErasureCounts;
}

/**
 * History values kept after erasure: coded, anonymous fields that make the statistics (and who in
 * the collective worked the case). Every other value is cleared: sealed ones, and texts in clear
 * such as flag, referral and handover reasons, the alias, nationality or languages.
 */
const KEPT_HISTORY_FIELDS = [
  'type',
  'status',
  'outcome',
  'waitingOn',
  'flag',
  'ageRange',
  'gender',
  'referralStatus',
  'sharesPersonalData',
  'partner',
  'consentScopes',
  'assignees',
  'assignee',
  'lawyerId',
];
/** Free texts typed by the collective about the person (flag and referral reasons) are replaced. */
const ERASED_TEXT = 'erased';
/** ISO 639 "undetermined": the language a consent was explained in would tell the person's. */
const UNDETERMINED_LANGUAGE = 'und';

export const erasedAlias = (personId: string) => `erased-${personId.slice(0, 8)}`;

/**
 * Erases one person: every sealed field, contacts, notes, nationality, languages, sensitivity flags,
 * access grants and the link from incident victims; for each of their cases the sealed texts, the
 * interpreter, notes, documents and deadlines, and every history value but the coded ones. What
 * remains is anonymous: case types, statuses, dates, outcomes, flag codes, an age range. One
 * transaction; document blobs are deleted after it commits (a missing blob is no error).
 */
export async function erasePerson(
  deps: ErasureDeps,
  personId: string,
  request: ErasureRequest,
  now = new Date(),
): Promise<Erasure> {
  const { counts, storageKeys, alias } = await deps.db.$transaction((tx) =>
    eraseInTransaction(tx, deps, personId, request, now),
  );
  for (const key of storageKeys) {
    try {
      await deps.storage.delete(key);
    } catch (err) {
      deps.log.warn({ err, personId }, 'an erased casework document could not be deleted from storage');
    }
  }
  return { personId, alias, erasedAt: now, counts };
}

async function eraseInTransaction(
  tx: Tx,
  deps: ErasureDeps,
  personId: string,
  request: ErasureRequest,
  now: Date,
) {
  // Locks the person: two erasures (the job and a "forget") cannot interleave.
  await sqlOf(tx).query(Prisma.sql`SELECT id FROM people WHERE id = ${personId}::uuid FOR UPDATE`);
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      ageRange: true,
      dateOfBirthEnc: true,
      erasedAt: true,
      cases: { select: { id: true } },
    },
  });
  if (!person) throw AppError.notFound('Person');
  if (person.erasedAt) throw AppError.conflict('This person was already erased');
  const caseIds = person.cases.map((c) => c.id);
  const inCases = { caseId: { in: caseIds } };

  const documents = await tx.caseDocument.findMany({ where: inCases, select: { storageKey: true } });
  const notes = await tx.caseNote.deleteMany({ where: inCases });
  await tx.caseDocument.deleteMany({ where: inCases });
  const deadlines = await tx.caseDeadline.deleteMany({ where: inCases });
  await tx.caseFlag.updateMany({ where: inCases, data: { setReason: ERASED_TEXT } });
  await tx.caseFlag.updateMany({
    where: { ...inCases, clearReason: { not: null } },
    data: { clearReason: ERASED_TEXT },
  });
  await tx.caseReferral.updateMany({ where: inCases, data: { reason: ERASED_TEXT } });
  await tx.case.updateMany({
    where: { id: { in: caseIds } },
    data: {
      summaryEnc: null,
      legalArgumentsEnc: null,
      personDecisionEnc: null,
      interpreter: null,
      interpretedIn: null,
      erasedAt: now,
      version: { increment: 1 },
    },
  });
  const history = await tx.caseworkChange.updateMany({
    where: {
      OR: [{ personId }, inCases],
      field: { not: null, notIn: KEPT_HISTORY_FIELDS },
      AND: [{ OR: [{ oldValue: { not: null } }, { newValue: { not: null } }] }],
    },
    data: { oldValue: null, newValue: null },
  });
  const grants = await tx.personAccessGrant.deleteMany({ where: { personId } });
  await tx.consent.updateMany({ where: { personId }, data: { language: UNDETERMINED_LANGUAGE } });
  const victims = await tx.victim.updateMany({ where: { personId }, data: { personId: null } });
  const alias = erasedAlias(personId);
  await tx.person.update({
    where: { id: personId },
    data: {
      alias,
      legalNameEnc: null,
      dateOfBirthEnc: null,
      ageRange: person.ageRange ?? (await coarsenedAge(deps, person, now)),
      nationality: null,
      languages: [],
      contactsEnc: null,
      notesEnc: null,
      sensitivity: [],
      erasedAt: now,
      version: { increment: 1 },
    },
  });
  await tx.caseworkChange.create({
    data: { personId, actorId: request.actor?.userId ?? null, action: 'person.erased', at: now },
  });
  const counts: ErasureCounts = {
    cases: caseIds.length,
    notes: notes.count,
    documents: documents.length,
    deadlines: deadlines.count,
    grants: grants.count,
    victimsUnlinked: victims.count,
    historyValues: history.count,
  };
  await insertAuditEvent(tx, {
    actorId: request.actor?.userId ?? null,
    requestId: request.actor?.requestId ?? null,
    action: 'casework.erased',
    entityType: 'person',
    entityId: personId,
    meta: { trigger: request.trigger, reason: request.reason, ...counts },
  });
  return { counts, storageKeys: documents.map((d) => d.storageKey), alias };
}

/** The age range at erasure, from the sealed date of birth; an unreadable one leaves no range. */
async function coarsenedAge(
  deps: ErasureDeps,
  person: { id: string; dateOfBirthEnc: string | null },
  now: Date,
): Promise<AgeRange | null> {
  if (!person.dateOfBirthEnc) return null;
  try {
    const dateOfBirth = await deps.vault.open(
      { table: 'people', id: person.id, field: 'dateOfBirth' },
      person.dateOfBirthEnc,
    );
    return ageRangeAt(dateOfBirth, now);
  } catch (err) {
    deps.log.warn(
      { err, personId: person.id },
      'a sealed date of birth could not be opened; erased without an age range',
    );
    return null;
  }
}
