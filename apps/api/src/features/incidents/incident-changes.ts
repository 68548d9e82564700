import type { IncidentDetail } from '@vigil/contracts';

const TRACKED = [
  'status',
  'title',
  'narrative',
  'startAt',
  'endAt',
  'datePrecision',
  'place',
  'sourceType',
  'sourceReliability',
  'verificationStatus',
  'acts',
  'victims',
  'perpetrators',
  'witnesses',
  'followUps',
] as const;

/**
 * Child rows get new ids on every save, so records are compared with ids replaced by positions:
 * a change means a change of content, not of identifiers.
 */
function normalise(detail: IncidentDetail) {
  const victimIndex = new Map(detail.victims.map((v, i) => [v.id, i]));
  const perpetratorIndex = new Map(detail.perpetrators.map((p, i) => [p.id, i]));
  const strip = <T extends { id: string }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  return {
    ...detail,
    victims: strip(detail.victims),
    perpetrators: strip(detail.perpetrators),
    witnesses: strip(detail.witnesses),
    followUps: strip(detail.followUps),
    acts: strip(detail.acts).map((act) => ({
      ...act,
      victimIds: act.victimIds.map((id) => victimIndex.get(id)),
      perpetratorIds: act.perpetratorIds.map((id) => perpetratorIndex.get(id)),
    })),
  };
}

/** Names of the parts of the record that differ between two versions. */
export function changedFields(before: IncidentDetail, after: IncidentDetail): string[] {
  const a = normalise(before);
  const b = normalise(after);
  return TRACKED.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** The revision snapshot: the record as saved, without decrypted contacts. */
export function snapshotOf(detail: IncidentDetail): object {
  return JSON.parse(
    JSON.stringify({ ...detail, witnesses: detail.witnesses.map(({ contact: _c, ...w }) => w) }),
  );
}
