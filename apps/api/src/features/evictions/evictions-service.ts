import type {
  ErrorDetail,
  EvictionInput,
  EvictionListQuery,
  evictionLogEntryBodySchema,
} from '@vigil/contracts';
import { can } from '@vigil/contracts';
import { type Db, type DbOrTx, type EvictionStatus, sqlTransaction } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import type { AuditService } from '../audit/audit-service';
import { decodeCursor, encodeCursor } from '../incidents/incident-cursor';
import { displayNames } from '../sites/sites-repository';
import * as repo from './evictions-repository';
import { evictionConditions, evictionVisibility } from './eviction-filter-sql';
import { summaryFromRow, toEvictionDetail } from './eviction-view';

type LogEntry = z.output<typeof evictionLogEntryBodySchema>;

export type EvictionsService = ReturnType<typeof createEvictionsService>;

async function checkReferences(db: DbOrTx, input: EvictionInput) {
  const problems: ErrorDetail[] = [];
  if (!(await db.site.findUnique({ where: { id: input.siteId }, select: { id: true } }))) {
    problems.push({ path: 'body/siteId', message: 'No such site' });
  }
  const ids = [...input.forces.map((f) => f.forceId), ...input.property.map((p) => p.propertyTypeId)];
  const kinds = new Map(
    (await db.vocabularyTerm.findMany({ where: { id: { in: ids } } })).map((t) => [t.id, t.kind]),
  );
  input.forces.forEach((f, i) => {
    if (kinds.get(f.forceId) !== 'force')
      problems.push({ path: `body/forces/${i}/forceId`, message: 'Not a force' });
  });
  input.property.forEach((p, i) => {
    if (kinds.get(p.propertyTypeId) !== 'property_type') {
      problems.push({ path: `body/property/${i}/propertyTypeId`, message: 'Not a property type' });
    }
  });
  if (input.endAt && input.endAt < input.startAt)
    problems.push({ path: 'body/endAt', message: 'Must not be before startAt' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', 'The request is invalid', problems);
}

export function createEvictionsService(db: Db, audit: AuditService) {
  const reviewer = (actor: Actor) => can(actor.role, 'evictions.review');
  // Drafts are the author's notebook until submitted; reviewers may see them to help finish.
  const readable = (record: { status: EvictionStatus; authorId: string } | null, actor: Actor) =>
    record !== null && (record.status !== 'draft' || record.authorId === actor.userId || reviewer(actor));

  async function load(tx: DbOrTx, actor: Actor, id: string) {
    const record = await repo.findEviction(tx, id);
    if (!record || !readable(record, actor)) throw AppError.notFound('Eviction');
    return record;
  }

  async function view(tx: DbOrTx, actor: Actor, id: string) {
    const record = await load(tx, actor, id);
    const ids = [
      record.authorId,
      ...(record.reviewedById ? [record.reviewedById] : []),
      ...record.log.map((l) => l.authorId),
    ];
    return toEvictionDetail(record, await displayNames(tx, ids));
  }

  return {
    get: (actor: Actor, id: string) => view(db, actor, id),

    async list(actor: Actor, query: EvictionListQuery) {
      const where = evictionConditions(query, evictionVisibility(actor));
      const cursor = query.cursor ? decodeCursor(query.cursor) : null;
      const rows = await repo.listEvictionRows(db, where, query.sort, cursor, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        evictions: page.map(summaryFromRow),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ startAt: last.start_at, id: last.id }) : null,
      };
    },

    async create(actor: Actor, input: EvictionInput) {
      await checkReferences(db, input);
      return db.$transaction(async (tx) => {
        const created = await tx.eviction.create({
          data: {
            ...repo.evictionColumns(input),
            reference: await repo.nextEvictionReference(tx, input.startAt),
            authorId: actor.userId,
          },
        });
        await repo.replaceEvictionChildren(tx, created.id, input);
        await audit.byActor(tx, actor, {
          action: 'eviction.create',
          entityType: 'eviction',
          entityId: created.id,
        });
        return view(tx, actor, created.id);
      });
    },

    /** Drafts: the author edits. Once submitted the author only appends log corrections; reviewers may edit. */
    async update(actor: Actor, id: string, input: EvictionInput & { version: number }) {
      const before = await load(db, actor, id);
      const isAuthor = before.authorId === actor.userId;
      const allowed = before.status === 'draft' ? isAuthor || reviewer(actor) : reviewer(actor) && !isAuthor;
      if (!allowed)
        throw AppError.forbidden('A submitted eviction record changes only through log corrections');
      await checkReferences(db, input);
      const { version, ...fields } = input;
      return db.$transaction(async (tx) => {
        const updated = await tx.eviction.updateMany({
          where: { id, version },
          data: { ...repo.evictionColumns(fields), version: version + 1 },
        });
        if (updated.count !== 1) throw AppError.conflict('Someone saved this record meanwhile: reload it');
        await repo.replaceEvictionChildren(tx, id, fields);
        const changed = Object.keys(fields).filter(
          (key) =>
            JSON.stringify(before[key as keyof typeof before] ?? null) !==
            JSON.stringify(fields[key as keyof typeof fields] ?? null),
        );
        await audit.byActor(tx, actor, {
          action: 'eviction.update',
          entityType: 'eviction',
          entityId: id,
          fields: changed,
        });
        return view(tx, actor, id);
      });
    },

    async submit(actor: Actor, id: string) {
      const record = await load(db, actor, id);
      if (record.authorId !== actor.userId) throw AppError.forbidden('Only the author submits the record');
      if (record.status !== 'draft') throw AppError.conflict('Already submitted');
      return db.$transaction(async (tx) => {
        await tx.eviction.update({ where: { id }, data: { status: 'submitted', version: { increment: 1 } } });
        await audit.byActor(tx, actor, { action: 'eviction.submit', entityType: 'eviction', entityId: id });
        return view(tx, actor, id);
      });
    },

    async review(actor: Actor, id: string, version: number) {
      const record = await load(db, actor, id);
      if (record.authorId === actor.userId)
        throw AppError.forbidden('The author cannot review their own record');
      if (record.status !== 'submitted') throw AppError.conflict('Only submitted records can be reviewed');
      return db.$transaction(async (tx) => {
        const done = await tx.eviction.updateMany({
          where: { id, version },
          data: {
            status: 'reviewed',
            reviewedById: actor.userId,
            reviewedAt: new Date(),
            version: version + 1,
          },
        });
        if (done.count !== 1) throw AppError.conflict('Someone saved this record meanwhile: reload it');
        await audit.byActor(tx, actor, { action: 'eviction.review', entityType: 'eviction', entityId: id });
        return view(tx, actor, id);
      });
    },

    /** Appends to the observation log, with the time observed and the time entered. */
    async appendLog(actor: Actor, id: string, entry: LogEntry) {
      const facts = await repo.logAppendFacts(db, id, entry.correctsId ?? null);
      if (!readable(facts, actor)) throw AppError.notFound('Eviction');
      if (entry.observedAt.getTime() > Date.now() + 5 * 60_000)
        throw AppError.invalid('body/observedAt', 'Cannot be in the future');
      if (entry.correctsId && !facts?.correctsHere)
        throw AppError.invalid('body/correctsId', 'No such entry in this record');
      // Entry and audit commit together; the answer is the record as it stands after the commit.
      await sqlTransaction(db, async (sql) => {
        const created = await repo.insertLogEntry(sql, {
          evictionId: id,
          authorId: actor.userId,
          observedAt: entry.observedAt,
          text: entry.text,
          correctsId: entry.correctsId ?? null,
        });
        await audit.byActor(sql, actor, {
          action: 'eviction.log_append',
          entityType: 'eviction',
          entityId: id,
          meta: { entry: created },
        });
      });
      return view(db, actor, id);
    },
  };
}
