import type { ErrorDetail, IncidentInput } from '@vigil/contracts';
import { type FollowUpStatus, Prisma, type RioShown, type SqlTarget, sqlOf } from '@vigil/db';
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
interface ReferenceFacts {
  terms: [string, string][] | null;
  site_commune: string | null;
  eviction_found: boolean;
}

/**
 * Checks every reference of an incident (vocabulary terms of the right kind, site, eviction) and the
 * rules between its parts, throwing every problem at once; answers the site's commune, which an
 * incident without its own takes. The references are read in one statement.
 */
export async function checkReferences(
  db: SqlTarget,
  input: IncidentInput,
): Promise<{ siteCommune: string | null }> {
  const problems: ErrorDetail[] = [];
  const termIds = unique([
    ...input.acts.map((a) => a.actTypeId),
    ...input.perpetrators.map((p) => p.forceId),
    ...input.acts.flatMap((a) => a.items.map((i) => i.propertyTypeId)),
  ]);
  const [facts] = await sqlOf(db).query<ReferenceFacts>(Prisma.sql`
    SELECT (SELECT json_agg(json_build_array(t.id, t.kind)) FROM vocabulary_terms t WHERE t.id = ANY(${termIds}::uuid[])) AS terms,
           (SELECT s.commune FROM sites s WHERE s.id = ${input.siteId ?? null}::uuid) AS site_commune,
           EXISTS (SELECT 1 FROM evictions e WHERE e.id = ${input.evictionId ?? null}::uuid) AS eviction_found`);
  const terms = new Map(facts?.terms ?? []);
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
  const siteCommune = facts?.site_commune ?? null;
  if (input.siteId && siteCommune === null) problems.push({ path: 'body/siteId', message: 'No such site' });
  if (input.evictionId && !facts?.eviction_found) {
    problems.push({ path: 'body/evictionId', message: 'No such eviction record' });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', 'The request is invalid', problems);
  return { siteCommune };
}
