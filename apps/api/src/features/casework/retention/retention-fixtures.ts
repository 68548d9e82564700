import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { seedCase, seedPerson } from '../casework-fixtures';

const MONTH_MS = 30.5 * 86_400_000;

/** Personal values a test looks for after erasure: none may remain anywhere in the database. */
export const SECRETS = {
  legalName: 'Abdirahman Kalif Warsame',
  dateOfBirth: '1990-06-15',
  phone: '+33 7 81 23 45 67',
  notes: 'Sleeps near the BMX track',
  summary: 'Arrived via Libya; brother in Leeds',
  note: 'Call after the CNDA hearing',
  title: 'Prefecture letter',
  nationality: 'Somali-Eritrean',
};

/**
 * A person with everything erasure must remove: sealed fields, a sensitivity flag and its grant, a
 * case with sealed texts, an interpreter, a flag, a note, a document (and its blob), a deadline, a
 * referral, history values sealed and in clear, and an incident victim linked to them.
 */
export async function seedFullPerson(
  app: FastifyInstance,
  options: { createdById: string; grantee: string; closedMonthsAgo: number | null; alias?: string },
) {
  const person = await seedPerson(app, {
    createdById: options.createdById,
    alias: options.alias,
    legalName: SECRETS.legalName,
    dateOfBirth: SECRETS.dateOfBirth,
    phone: SECRETS.phone,
    notes: SECRETS.notes,
    sensitivity: ['lgbt'],
  });
  await app.db.person.update({
    where: { id: person.id },
    data: { nationality: SECRETS.nationality, languages: ['so', 'ti'] },
  });
  await app.db.personAccessGrant.create({
    data: {
      personId: person.id,
      userId: options.grantee,
      reason: 'Assigned caseworker',
      grantedById: options.createdById,
    },
  });
  const closed = options.closedMonthsAgo !== null;
  const kase = await seedCase(app, {
    personId: person.id,
    createdById: options.createdById,
    type: 'dublin',
    status: closed ? 'closed' : 'active',
    summary: SECRETS.summary,
  });
  const closedAt = closed ? new Date(Date.now() - options.closedMonthsAgo! * MONTH_MS) : null;
  const openedAt = new Date(Date.now() - 30 * MONTH_MS);
  await app.db.case.update({
    where: { id: kase.id },
    data: {
      closedAt,
      outcome: closed ? 'transferred' : null,
      interpreter: 'Yonas',
      interpretedIn: 'ti',
      openedAt,
      personDecisionEnc: app.vault.seal(
        { table: 'cases', id: kase.id, field: 'personDecision' },
        'Wants to stay',
      ),
    },
  });
  const noteId = randomUUID();
  await app.db.caseNote.create({
    data: {
      id: noteId,
      caseId: kase.id,
      bodyEnc: app.vault.seal({ table: 'case_notes', id: noteId, field: 'body' }, SECRETS.note),
      authorId: options.createdById,
    },
  });
  const documentId = randomUUID();
  const storageKey = `casework/${documentId}`;
  await app.storage.put(storageKey, Readable.from([Buffer.from('sealed document bytes')]));
  await app.db.caseDocument.create({
    data: {
      id: documentId,
      caseId: kase.id,
      titleEnc: app.vault.seal({ table: 'case_documents', id: documentId, field: 'title' }, SECRETS.title),
      mediaType: 'application/pdf',
      sizeBytes: 21n,
      sha256: 'a'.repeat(64),
      storageKey,
      fileKeyEnc: app.vault.seal({ table: 'case_documents', id: documentId, field: 'fileKey' }, 'file-key'),
      uploadedById: options.createdById,
    },
  });
  await app.db.caseDeadline.create({
    data: {
      caseId: kase.id,
      kind: 'appeal',
      title: 'Appeal',
      dueAt: new Date(),
      createdById: options.createdById,
    },
  });
  await app.db.caseFlag.create({
    data: {
      caseId: kase.id,
      flag: 'at_risk',
      setReason: 'Threatened at the camp',
      setById: options.createdById,
    },
  });
  const partnerId = randomUUID();
  await app.db.partner.create({
    data: { id: partnerId, name: `Legal aid ${partnerId.slice(0, 4)}`, kind: 'legal_aid' },
  });
  await app.db.caseReferral.create({
    data: {
      caseId: kase.id,
      partnerId,
      sharesPersonalData: true,
      reason: 'Needs a solicitor in Leeds',
      createdById: options.createdById,
    },
  });
  const oldName = app.vault.seal({ table: 'people', id: person.id, field: 'legalName' }, SECRETS.legalName);
  await app.db.caseworkChange.createMany({
    data: [
      { personId: person.id, action: 'person.updated', field: 'legalName', oldValue: oldName, sealed: true },
      { personId: person.id, action: 'person.updated', field: 'nationality', newValue: SECRETS.nationality },
      { caseId: kase.id, action: 'case.updated', field: 'status', oldValue: 'active', newValue: 'closed' },
    ],
  });
  return { person, kase, storageKey, closedAt, openedAt };
}

/** An incident whose first victim is the person: erasure unlinks it and keeps the victim. */
export async function linkVictim(app: FastifyInstance, personId: string, authorId: string) {
  const incident = await app.db.incident.create({
    data: {
      reference: `INC-TEST-${randomUUID().slice(0, 8)}`,
      title: 'ID check at the distribution',
      startAt: new Date(),
      sourceType: 'first_hand',
      authorId,
      victims: { create: { alias: 'A.', personId } },
    },
    include: { victims: true },
  });
  return incident.victims[0]!;
}
