import type { DistributionDetail } from '@vigil/contracts';
import { orNull } from '@/lib/form-values';
import { fromLocalInput, toLocalInput } from '@/lib/incidents/zoned-time';
import { SERVED_GROUPS, type ServedGroup } from './enums';
import { countOrZero, linesToBody, newLine, type LineDraft } from './lines';

/** A distribution form as typed, and the API bodies built from it. Client-safe. */

export type ServedDraft = Record<ServedGroup, string>;

export const NO_ONE_SERVED: ServedDraft = { men: '', women: '', families: '', minors: '' };

export function servedToBody(served: ServedDraft) {
  return Object.fromEntries(SERVED_GROUPS.map((group) => [group, countOrZero(served[group])]));
}

export interface DistributionDraft {
  locationId: string;
  siteId: string;
  needId: string;
  /** Handed out at (recorded after the fact) or planned for: wall-clock time, datetime-local. */
  at: string;
  served: ServedDraft;
  lines: LineDraft[];
  note: string;
}

export type DistributionMode = 'record' | 'plan' | 'edit';

export function newDistributionDraft(
  start: Partial<Pick<DistributionDraft, 'locationId' | 'siteId' | 'needId' | 'lines'>> = {},
): DistributionDraft {
  return {
    locationId: '',
    siteId: '',
    needId: '',
    at: '',
    served: NO_ONE_SERVED,
    lines: [],
    note: '',
    ...start,
  };
}

/** A planned distribution as its edit form opens: each line with the quantity planned. */
export function distributionToDraft(distribution: DistributionDetail, timeZone: string): DistributionDraft {
  return {
    ...newDistributionDraft(),
    locationId: distribution.location.id,
    siteId: distribution.site?.id ?? '',
    needId: distribution.needId ?? '',
    at: toLocalInput(distribution.scheduledAt, timeZone),
    lines: distribution.lines.map((line) => newLine(line.item, String(line.planned))),
    note: distribution.note ?? '',
  };
}

/**
 * The body of each mode: recorded after the fact (handed out at, people served), planned, or a
 * planned one changed (`version`: the one the page showed, so a stale page gets a 409).
 */
export function distributionBody(
  mode: DistributionMode,
  draft: DistributionDraft,
  timeZone: string,
  version?: number,
): Record<string, unknown> {
  const at = fromLocalInput(draft.at, timeZone);
  return {
    ...(mode === 'edit' ? { version } : {}),
    locationId: draft.locationId,
    siteId: orNull(draft.siteId),
    needId: orNull(draft.needId),
    ...(mode === 'record' ? { distributedAt: at, served: servedToBody(draft.served) } : { scheduledAt: at }),
    note: orNull(draft.note),
    lines: linesToBody(draft.lines, { expiry: false }),
  };
}
