import { randomUUID } from 'node:crypto';
import type { IncidentFilter, IncidentInput, IncidentListQuery } from '@vigil/contracts';
import { can } from '@vigil/contracts';
import { type Db, type SqlTarget, type VerificationStatus, sqlTransaction } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { type KeyRing, decrypt, encrypt } from '../../lib/secrets';
import type { AuditService } from '../audit/audit-service';
import type { VocabulariesService } from '../vocabularies/vocabularies-service';
import { changedFields, snapshotOf } from './incident-changes';
import { decodeCursor, encodeCursor } from './incident-cursor';
import { type Visibility, incidentConditions } from './incident-filter-sql';
import { checkReferences, summarise } from './incident-input';
import * as repo from './incident-repository';
import * as children from './incident-children';
import * as writes from './incident-writes';
import { streamIncidents } from './incident-stream';
import { linkedPeopleOf } from './victim-people';
import { type Disclosure, detailFromRecord, summaryFromRow } from './incident-view';

export type IncidentsService = ReturnType<typeof createIncidentsService>;

export function createIncidentsService(
  db: Db,
  keys: KeyRing,
  audit: AuditService,
  vocabularies: VocabulariesService,
) {
  const contactKey = keys.derive('witness-contact');

  const visibility = (actor: Actor): Visibility => ({
    userId: actor.userId,
    allDrafts: can(actor.role, 'incidents.write') && can(actor.role, 'incidents.review'),
  });

  function disclosureFor(
    actor: Actor,
    witnessContacts = can(actor.role, 'incidents.read_witness_contacts'),
  ): Disclosure {
    return {
      exactLocation: can(actor.role, 'sites.read_exact_location'),
      ...(witnessContacts ? { witnessContact: (sealed: string) => decrypt(contactKey, sealed) } : {}),
    };
  }

  async function load(tx: SqlTarget, actor: Actor, id: string) {
    const [record] = await repo.findIncidentDetails(tx, [id]);
    const v = visibility(actor);
    // A record the reader may not see answers exactly like one that does not exist.
    if (!record || (record.status === 'draft' && !v.allDrafts && record.authorId !== actor.userId)) {
      throw AppError.notFound('Incident');
    }
    return record;
  }

  async function sealContacts(
    input: IncidentInput,
    previous?: repo.IncidentRecord,
  ): Promise<(string | null)[]> {
    return input.witnesses.map((w) => {
      if (w.contact !== undefined) return w.contact ? encrypt(contactKey, w.contact) : null;
      // Omitted contact: keep the one stored for the witness this key names (readers without
      // access to contacts can still edit the rest of the record).
      return previous?.witnesses.find((old) => old.id === w.key)?.contactEnc ?? null;
    });
  }

  async function saveRevision(tx: SqlTarget, actor: Actor, record: repo.IncidentRecord, fields: string[]) {
    const detail = detailFromRecord(record, { exactLocation: true });
    await writes.insertRevision(tx, {
      incidentId: record.id,
      version: record.version,
      authorId: actor.userId,
      changedFields: fields,
      snapshot: snapshotOf(detail),
    });
  }

  /** The reader's view of a record; a write answers with the record it read back in its transaction. */
  async function viewOf(actor: Actor, record: repo.IncidentRecord) {
    const linkedPeople = await linkedPeopleOf(db, actor, record.victims);
    return detailFromRecord(record, { ...disclosureFor(actor), linkedPeople });
  }

  async function getIncident(actor: Actor, id: string) {
    const record = await load(db, actor, id);
    if (can(actor.role, 'incidents.read_witness_contacts') && record.witnesses.some((w) => w.contactEnc)) {
      await audit.byActor(db, actor, {
        action: 'incident.witness_contacts_read',
        entityType: 'incident',
        entityId: id,
        fields: ['witnesses.contact'],
      });
    }
    return viewOf(actor, record);
  }

  return {
    disclosureFor,

    async create(actor: Actor, input: IncidentInput) {
      const { siteCommune } = await checkReferences(db, input);
      const contacts = await sealContacts(input);
      const created = await sqlTransaction(db, async (tx) => {
        const incidentId = randomUUID();
        await writes.insertIncident(
          tx,
          {
            ...writes.scalarColumns(input),
            commune: input.commune ?? siteCommune,
            ...summarise(input),
            id: incidentId,
            reference: await writes.nextReference(tx, input.startAt),
            authorId: actor.userId,
          },
          children.childInserts(incidentId, input, contacts),
        );
        const record = await load(tx, actor, incidentId);
        await saveRevision(tx, actor, record, ['created']);
        await audit.byActor(tx, actor, {
          action: 'incident.create',
          entityType: 'incident',
          entityId: incidentId,
        });
        return record;
      });
      return viewOf(actor, created);
    },

    async update(actor: Actor, id: string, input: IncidentInput & { version: number }) {
      const before = await load(db, actor, id);
      if (before.authorId !== actor.userId && !visibility(actor).allDrafts) {
        throw AppError.forbidden('Only the author or a coordinator can edit this incident');
      }
      const { siteCommune } = await checkReferences(db, input);
      const contacts = await sealContacts(input, before);
      const { version, ...fields } = input;
      const after = await sqlTransaction(db, async (tx) => {
        const applied = await writes.updateIncidentRow(tx, id, version, {
          ...writes.scalarColumns(fields),
          commune: fields.commune ?? siteCommune,
          ...summarise(fields),
        });
        if (!applied)
          throw AppError.conflict(
            'Someone saved this incident meanwhile: reload it and apply your changes again',
          );
        await children.deleteChildren(tx, id);
        const keptVictims = new Map(before.victims.map((v) => [v.id, v.personId]));
        await children.writeChildren(tx, id, fields, contacts, keptVictims);
        await writes.refreshExportRow(tx, id);
        const saved = await load(tx, actor, id);
        const changed = changedFields(
          detailFromRecord(before, { exactLocation: true }),
          detailFromRecord(saved, { exactLocation: true }),
        );
        await saveRevision(tx, actor, saved, changed);
        await audit.byActor(tx, actor, {
          action: 'incident.update',
          entityType: 'incident',
          entityId: id,
          fields: changed,
        });
        return saved;
      });
      return viewOf(actor, after);
    },

    /** Verification by a second person: the reviewer cannot be the author. */
    async review(actor: Actor, id: string, status: VerificationStatus, version: number) {
      const before = await load(db, actor, id);
      if (before.authorId === actor.userId)
        throw AppError.forbidden('The author cannot verify their own incident');
      if (before.status !== 'submitted') throw AppError.conflict('Only submitted incidents can be reviewed');
      const reviewed = await sqlTransaction(db, async (tx) => {
        const applied = await writes.updateIncidentRow(tx, id, version, {
          verificationStatus: status,
          reviewedById: actor.userId,
          reviewedAt: new Date(),
        });
        if (!applied) throw AppError.conflict('Someone saved this incident meanwhile: reload it');
        const saved = await load(tx, actor, id);
        await saveRevision(tx, actor, saved, ['verificationStatus']);
        await audit.byActor(tx, actor, {
          action: 'incident.review',
          entityType: 'incident',
          entityId: id,
          fields: ['verificationStatus'],
          meta: { status },
        });
        return saved;
      });
      return viewOf(actor, reviewed);
    },

    get: getIncident,

    async list(actor: Actor, query: IncidentListQuery) {
      const actTypeIds = await vocabularies.withDescendants(query.actTypeId ?? []);
      const where = incidentConditions(query, actTypeIds, visibility(actor));
      const cursor = query.cursor ? decodeCursor(query.cursor) : null;
      const rows = await repo.listIncidentRows(db, where, query.sort, cursor, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      const disclosure = disclosureFor(actor, false);
      return {
        incidents: page.map((row) => summaryFromRow(row, disclosure)),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ startAt: last.start_at, id: last.id }) : null,
      };
    },

    /** Full records for exports and dossiers, redacted for this reader unless told otherwise. */
    stream(actor: Actor, filter: IncidentFilter, disclosure: Disclosure = disclosureFor(actor, false)) {
      return streamIncidents(db, vocabularies, filter, visibility(actor), disclosure);
    },

    visibility,

    async count(actor: Actor, filter: IncidentFilter) {
      const actTypeIds = await vocabularies.withDescendants(filter.actTypeId ?? []);
      const [row] = await repo.countIncidentRows(
        db,
        incidentConditions(filter, actTypeIds, visibility(actor)),
      );
      return Number(row?.n ?? 0);
    },

    async history(actor: Actor, id: string) {
      await load(db, actor, id);
      const revisions = await db.incidentRevision.findMany({
        where: { incidentId: id },
        orderBy: { version: 'desc' },
        select: { version: true, at: true, changedFields: true, authorId: true },
      });
      const authors = await db.user.findMany({
        where: { id: { in: [...new Set(revisions.map((r) => r.authorId))] } },
        select: { id: true, displayName: true },
      });
      const byId = new Map(authors.map((a) => [a.id, a]));
      return revisions.map((r) => ({
        version: r.version,
        at: r.at,
        changedFields: r.changedFields,
        author: byId.get(r.authorId) ?? { id: r.authorId, displayName: 'unknown' },
      }));
    },
  };
}
