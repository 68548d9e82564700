import type { ErrorDetail, IncidentInput } from '@vigil/contracts';
import type { DbOrTx, FollowUpStatus, RioShown } from '@vigil/db';
import { AppError } from '../../lib/app-error';

export interface IncidentSummaryColumns {
  actTypeIds: string[];
  forceIds: string[];
  units: string[];
  rioShown: RioShown[];
  victimFlags: string[];
  followUpStatuses: FollowUpStatus[];
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The summary arrays the list filters read, derived from the record being saved. */
export function summarise(input: IncidentInput): IncidentSummaryColumns {
  const flags = input.victims.flatMap((v) => [
    ...(v.minor ? ['minor'] : []),
    ...(v.woman ? ['woman'] : []),
    ...(v.family ? ['family'] : []),
    ...(v.category === 'defender' ? ['defender'] : []),
    ...(v.category === 'journalist' ? ['journalist'] : []),
  ]);
  return {
    actTypeIds: unique(input.acts.map((a) => a.actTypeId)),
    forceIds: unique(input.perpetrators.map((p) => p.forceId)),
    units: unique(input.perpetrators.flatMap((p) => (p.unit ? [p.unit] : []))),
    rioShown: unique(input.perpetrators.map((p) => p.rioShown)),
    victimFlags: unique(flags),
    followUpStatuses: unique(input.followUps.map((f) => f.status)),
  };
}

/**
 * Checks what the schema cannot: vocabulary terms of the right kind, a real site, acts pointing at
 * victims and perpetrators of this record, unique keys, a sane time range. All problems at once.
 */
export async function checkReferences(db: DbOrTx, input: IncidentInput): Promise<void> {
  const problems: ErrorDetail[] = [];
  const termIds = unique([
    ...input.acts.map((a) => a.actTypeId),
    ...input.perpetrators.map((p) => p.forceId),
    ...input.acts.flatMap((a) => a.items.map((i) => i.propertyTypeId)),
  ]);
  const terms = new Map(
    (
      await db.vocabularyTerm.findMany({ where: { id: { in: termIds } }, select: { id: true, kind: true } })
    ).map((t) => [t.id, t.kind]),
  );
  const expectKind = (id: string, kind: string, path: string) => {
    if (terms.get(id) !== kind) problems.push({ path, message: `Not a term of the ${kind} vocabulary` });
  };
  const victimKeys = new Set(input.victims.map((v) => v.key));
  const perpetratorKeys = new Set(input.perpetrators.map((p) => p.key));
  if (victimKeys.size !== input.victims.length)
    problems.push({ path: 'body/victims', message: 'Keys must be unique' });
  if (perpetratorKeys.size !== input.perpetrators.length) {
    problems.push({ path: 'body/perpetrators', message: 'Keys must be unique' });
  }
  input.perpetrators.forEach((p, i) => expectKind(p.forceId, 'force', `body/perpetrators/${i}/forceId`));
  input.acts.forEach((act, i) => {
    expectKind(act.actTypeId, 'act_type', `body/acts/${i}/actTypeId`);
    act.items.forEach((item, j) =>
      expectKind(item.propertyTypeId, 'property_type', `body/acts/${i}/items/${j}/propertyTypeId`),
    );
    act.victimKeys.forEach((key, j) => {
      if (!victimKeys.has(key))
        problems.push({ path: `body/acts/${i}/victimKeys/${j}`, message: 'No victim with this key' });
    });
    act.perpetratorKeys.forEach((key, j) => {
      if (!perpetratorKeys.has(key)) {
        problems.push({
          path: `body/acts/${i}/perpetratorKeys/${j}`,
          message: 'No perpetrator with this key',
        });
      }
    });
  });
  input.victims.forEach((v, i) => {
    if (v.ageMin != null && v.ageMax != null && v.ageMin > v.ageMax) {
      problems.push({ path: `body/victims/${i}/ageMax`, message: 'Must not be below ageMin' });
    }
  });
  if (input.endAt && input.endAt < input.startAt)
    problems.push({ path: 'body/endAt', message: 'Must not be before startAt' });
  if ((input.latitude == null) !== (input.longitude == null)) {
    problems.push({ path: 'body/longitude', message: 'Latitude and longitude go together' });
  }
  if (input.siteId && !(await db.site.findUnique({ where: { id: input.siteId }, select: { id: true } }))) {
    problems.push({ path: 'body/siteId', message: 'No such site' });
  }
  if (input.evictionId && !(await db.eviction.findUnique({ where: { id: input.evictionId }, select: { id: true } }))) {
    problems.push({ path: 'body/evictionId', message: 'No such eviction record' });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', 'The request is invalid', problems);
}
