import type { EvictionDetail } from '@vigil/contracts';
import type { IncidentDraft } from '@/lib/incidents/form-model';
import { toLocalInput } from '@/lib/incidents/zoned-time';

/** After this long without an end time, an eviction is taken to be over. */
const ONGOING_MS = 12 * 3_600_000;

/**
 * A new incident recorded from within an eviction: linked to it, at its site. The time is now while
 * the eviction is going on (the observer records the violence as it happens), else its start.
 */
export function incidentDuringEviction(
  draft: IncidentDraft,
  eviction: EvictionDetail,
  timeZone: string,
  now = new Date(),
): IncidentDraft {
  const start = +eviction.startAt;
  const end = eviction.endAt ? +eviction.endAt : start + ONGOING_MS;
  const ongoing = +now >= start && +now <= end;
  return {
    ...draft,
    evictionId: eviction.id,
    siteId: eviction.site.id,
    siteName: `${eviction.site.name} (${eviction.site.commune})`,
    commune: draft.commune || eviction.site.commune,
    startAt: ongoing ? toLocalInput(now, timeZone) : toLocalInput(eviction.startAt, timeZone),
  };
}
