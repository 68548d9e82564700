import type { CaseDetail, CaseSummary } from '@vigil/contracts';
import type { Prisma } from '@vigil/db';
import type { UserRef } from '../deadlines/user-refs';
import type { CaseExtras } from './case-extras';
import type { CaseRow } from './case-list-sql';
import type { CaseTexts } from './case-texts';

export const caseDetailInclude = {
  person: { select: { id: true, alias: true, sensitivity: true } },
  incident: { select: { id: true, reference: true, title: true } },
  flags: { orderBy: [{ setAt: 'asc' }, { id: 'asc' }] },
  referrals: {
    include: { partner: { select: { id: true, name: true, kind: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.CaseInclude;

export type CaseRecord = Prisma.CaseGetPayload<{ include: typeof caseDetailInclude }>;
export type ReferralRecord = CaseRecord['referrals'][number];

/** Members by id, loaded in one query (deadlines/user-refs.ts). */
type RefOf = (id: string | null) => UserRef | null;

export function summaryFromRow(row: CaseRow, extras: CaseExtras): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    outcome: row.outcome,
    person: { id: row.person_id, alias: row.alias, sensitivity: row.sensitivity },
    assignees: extras.assignees,
    lawyer:
      row.lawyer_id && row.lawyer_name !== null ? { id: row.lawyer_id, displayName: row.lawyer_name } : null,
    openFlags: extras.openFlags,
    nextDeadline: extras.nextDeadline,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
  };
}

export function toReferralView(referral: ReferralRecord, ref: RefOf) {
  return {
    id: referral.id,
    partner: referral.partner,
    sharesPersonalData: referral.sharesPersonalData,
    reason: referral.reason,
    status: referral.status,
    createdBy: ref(referral.createdById),
    createdAt: referral.createdAt,
  };
}

/** What this reader gets of a case beyond its coded fields. */
export interface CaseReading {
  canReadPersonal: boolean;
  /** The opened sealed texts; null when not opened (reader not allowed, or an answer that is stored). */
  texts: CaseTexts | null;
  /** Incident titles only go to readers of incidents. */
  showIncidentTitle: boolean;
}

export function toCaseDetail(
  record: CaseRecord,
  extras: CaseExtras,
  ref: RefOf,
  reading: CaseReading,
): CaseDetail {
  return {
    id: record.id,
    reference: record.reference,
    type: record.type,
    status: record.status,
    outcome: record.outcome,
    person: record.person,
    assignees: extras.assignees,
    lawyer: ref(record.lawyerId),
    openFlags: extras.openFlags,
    nextDeadline: extras.nextDeadline,
    openedAt: record.openedAt,
    updatedAt: record.updatedAt,
    waitingOn: record.waitingOn,
    interpreter: record.interpreter,
    interpretedIn: record.interpretedIn,
    incident: record.incident && {
      ...record.incident,
      title: reading.showIncidentTitle ? record.incident.title : null,
    },
    closedAt: record.closedAt,
    version: record.version,
    erased: record.erasedAt !== null,
    canReadPersonal: reading.canReadPersonal,
    summary: reading.texts?.summary ?? null,
    legalArguments: reading.texts?.legalArguments ?? null,
    personDecision: reading.texts?.personDecision ?? null,
    flags: record.flags.map((flag) => ({
      id: flag.id,
      flag: flag.flag,
      setReason: flag.setReason,
      setBy: ref(flag.setById),
      setAt: flag.setAt,
      clearReason: flag.clearReason,
      clearedBy: ref(flag.clearedById),
      clearedAt: flag.clearedAt,
    })),
    referrals: record.referrals.map((referral) => toReferralView(referral, ref)),
  };
}

/** Every member a case detail names, for one display-name query. */
export function namedUsers(record: CaseRecord): (string | null)[] {
  return [
    record.lawyerId,
    ...record.flags.flatMap((f) => [f.setById, f.clearedById]),
    ...record.referrals.map((r) => r.createdById),
  ];
}
