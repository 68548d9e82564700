import type { DbOrTx, Prisma } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { visibleCasesWhere, visiblePeopleWhere } from '../access/case-access';

/** Open cases counted for a reader are the ones they reach: a count must not reveal the others. */
const openCasesCount = (actor: Actor) =>
  ({
    select: { cases: { where: { AND: [{ status: { not: 'closed' } }, visibleCasesWhere(actor)] } } },
  }) satisfies Prisma.PersonCountOutputTypeDefaultArgs;

const summarySelect = (actor: Actor) =>
  ({
    id: true,
    alias: true,
    ageRange: true,
    gender: true,
    sensitivity: true,
    erasedAt: true,
    _count: openCasesCount(actor),
  }) satisfies Prisma.PersonSelect;

const recordSelect = (actor: Actor) =>
  ({
    ...summarySelect(actor),
    nationality: true,
    languages: true,
    legalNameEnc: true,
    dateOfBirthEnc: true,
    contactsEnc: true,
    notesEnc: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    consents: { orderBy: [{ givenAt: 'desc' }, { createdAt: 'desc' }] },
  }) satisfies Prisma.PersonSelect;

export type PersonSummaryRecord = Prisma.PersonGetPayload<{ select: ReturnType<typeof summarySelect> }>;
export type PersonRecord = Prisma.PersonGetPayload<{ select: ReturnType<typeof recordSelect> }>;

/** The person if the actor reaches them; 404 otherwise, so their existence is not confirmed. */
export async function findVisiblePerson(db: DbOrTx, actor: Actor, id: string): Promise<PersonRecord> {
  const person = await db.person.findFirst({
    where: { AND: [{ id }, visiblePeopleWhere(actor)] },
    select: recordSelect(actor),
  });
  if (!person) throw AppError.notFound('Person');
  return person;
}

/** Keyset position in the alias order. */
interface AliasCursor {
  alias: string;
  id: string;
}

export function encodeAliasCursor(cursor: AliasCursor): string {
  return Buffer.from(JSON.stringify([cursor.alias, cursor.id])).toString('base64url');
}

export function decodeAliasCursor(value: string): AliasCursor {
  try {
    const [alias, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof alias !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id))
      throw new Error('bad');
    return { alias, id };
  } catch {
    throw AppError.invalid('querystring/cursor', 'Not a cursor from a previous page');
  }
}

/** Prisma passes `contains` to LIKE as it is: % and _ in a search would otherwise match anything. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

export function listVisiblePeople(
  db: DbOrTx,
  actor: Actor,
  query: { q?: string | undefined; cursor: AliasCursor | null; take: number },
): Promise<PersonSummaryRecord[]> {
  const after = query.cursor;
  return db.person.findMany({
    where: {
      AND: [
        visiblePeopleWhere(actor),
        query.q ? { alias: { contains: likeLiteral(query.q), mode: 'insensitive' } } : {},
        after ? { OR: [{ alias: { gt: after.alias } }, { alias: after.alias, id: { gt: after.id } }] } : {},
      ],
    },
    select: summarySelect(actor),
    orderBy: [{ alias: 'asc' }, { id: 'asc' }],
    take: query.take,
  });
}

export function visibleCasesOf(db: DbOrTx, actor: Actor, personId: string) {
  return db.case.findMany({
    where: { AND: [{ personId }, visibleCasesWhere(actor)] },
    select: { id: true, reference: true, type: true, status: true },
    orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
  });
}

export function grantsOf(db: DbOrTx, personId: string) {
  return db.personAccessGrant.findMany({
    where: { personId },
    include: { user: { select: { id: true, displayName: true, role: true } } },
    orderBy: { grantedAt: 'asc' },
  });
}

/** The person's audit events, newest first (the audit id follows the chain order). */
export function personAuditEvents(db: DbOrTx, personId: string, before: bigint | null, take: number) {
  return db.auditEvent.findMany({
    where: { entityType: 'person', entityId: personId, ...(before !== null ? { id: { lt: before } } : {}) },
    select: { id: true, at: true, action: true, fields: true, actorId: true, meta: true },
    orderBy: { id: 'desc' },
    take,
  });
}
