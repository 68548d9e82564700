import { randomUUID } from 'node:crypto';
import type { IncidentInput } from '@vigil/contracts';
import {
  type Act,
  type ActItem,
  type ActPerpetrator,
  type ActVictim,
  type FollowUp,
  Prisma,
  type Perpetrator,
  type SqlTarget,
  type Victim,
  type Witness,
  sqlOf,
} from '@vigil/db';
import { insertRows } from '../../lib/model-json';

/**
 * The inserts of an incident's children, as the parts of one WITH statement. `keptVictims` holds the
 * victims before an edit (id → linked casework person): a key that names one of them keeps its id and
 * its link, so an edit never silently unlinks a victim from the person they are.
 */
export function childInserts(
  incidentId: string,
  input: IncidentInput,
  witnessContacts: (string | null)[],
  keptVictims: ReadonlyMap<string, string | null> = new Map(),
): Prisma.Sql {
  const victimIds = new Map(input.victims.map((v) => [v.key, keptVictims.has(v.key) ? v.key : randomUUID()]));
  const perpetratorIds = new Map(input.perpetrators.map((p) => [p.key, randomUUID()]));
  const actIds = input.acts.map(() => randomUUID());
  const victims = input.victims.map(({ key, ...v }): Victim => ({
    ...v,
    id: victimIds.get(key)!,
    incidentId,
    ageMin: v.ageMin ?? null,
    ageMax: v.ageMax ?? null,
    nationality: v.nationality ?? null,
    language: v.language ?? null,
    personId: keptVictims.get(key) ?? null,
  }));
  const perpetrators = input.perpetrators.map(({ key, ...p }): Perpetrator => ({
    ...p,
    id: perpetratorIds.get(key)!,
    incidentId,
    unit: p.unit ?? null,
    rioNumber: p.rioNumber ?? null,
    officerCount: p.officerCount ?? null,
    vehicleCount: p.vehicleCount ?? null,
  }));
  const acts = input.acts.map(
    ({ victimKeys: _v, perpetratorKeys: _p, items: _i, ...act }, position): Act => ({
      ...act,
      id: actIds[position]!,
      incidentId,
      occurredAt: act.occurredAt ?? null,
      injuries: act.injuries ?? null,
      medicalCertificate: act.medicalCertificate ?? null,
      position,
    }),
  );
  // A key named twice in one act links once.
  const actVictims = input.acts.flatMap((act, i) =>
    [...new Set(act.victimKeys)].map((key): ActVictim => ({
      actId: actIds[i]!,
      victimId: victimIds.get(key)!,
    })),
  );
  const actPerpetrators = input.acts.flatMap((act, i) =>
    [...new Set(act.perpetratorKeys)].map((key): ActPerpetrator => ({
      actId: actIds[i]!,
      perpetratorId: perpetratorIds.get(key)!,
    })),
  );
  const items = input.acts.flatMap((act, i) =>
    act.items.map((item): ActItem => ({ ...item, id: randomUUID(), actId: actIds[i]! })),
  );
  const witnesses = input.witnesses.map((w, i): Witness => ({
    id: randomUUID(),
    incidentId,
    alias: w.alias,
    willingToTestify: w.willingToTestify,
    contactEnc: witnessContacts[i] ?? null,
  }));
  const followUps = input.followUps.map((f): FollowUp => ({
    ...f,
    id: randomUUID(),
    incidentId,
    date: f.date ? new Date(`${f.date}T00:00:00Z`) : null,
    reference: f.reference ?? null,
    outcome: f.outcome ?? null,
  }));
  return Prisma.sql`
    v AS (${insertRows('victims', victims)}),
    p AS (${insertRows('perpetrators', perpetrators)}),
    a AS (${insertRows('acts', acts)}),
    av AS (${insertRows('act_victims', actVictims)}),
    ap AS (${insertRows('act_perpetrators', actPerpetrators)}),
    ai AS (${insertRows('act_items', items)}),
    w AS (${insertRows('witnesses', witnesses)}),
    f AS (${insertRows('follow_ups', followUps)})`;
}

/** Writes the children of an incident in one statement (after deleteChildren on an edit). */
export async function writeChildren(
  db: SqlTarget,
  incidentId: string,
  input: IncidentInput,
  witnessContacts: (string | null)[],
  keptVictims?: ReadonlyMap<string, string | null>,
): Promise<void> {
  // Sibling inserts of one statement: foreign keys are checked at its end, when all rows are there.
  await sqlOf(db).query(
    Prisma.sql`WITH ${childInserts(incidentId, input, witnessContacts, keptVictims)} SELECT 1`,
  );
}

/** Deletes an incident's children in one statement (acts take their links and items with them). */
export async function deleteChildren(db: SqlTarget, incidentId: string): Promise<void> {
  await sqlOf(db).query(Prisma.sql`
    WITH a AS (DELETE FROM acts WHERE incident_id = ${incidentId}::uuid),
         v AS (DELETE FROM victims WHERE incident_id = ${incidentId}::uuid),
         p AS (DELETE FROM perpetrators WHERE incident_id = ${incidentId}::uuid),
         w AS (DELETE FROM witnesses WHERE incident_id = ${incidentId}::uuid),
         f AS (DELETE FROM follow_ups WHERE incident_id = ${incidentId}::uuid)
    SELECT 1`);
}
