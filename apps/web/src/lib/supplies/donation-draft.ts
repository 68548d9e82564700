import type { SupplySource } from '@vigil/contracts/enums';
import { orNull } from '@/lib/form-values';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { linesToBody, type LineDraft } from './lines';

/** A donation form as typed (kept on the device with its attempt), and its API body. Client-safe. */
export interface DonationDraft {
  locationId: string;
  source: SupplySource;
  /** An organisation or shop, never a person. */
  donor: string;
  /** Empty for now; else wall-clock time (datetime-local) in the instance's time zone. */
  occurredAt: string;
  note: string;
  lines: LineDraft[];
}

export function newDonationDraft(lines: LineDraft[] = []): DonationDraft {
  return { locationId: '', source: 'donation', donor: '', occurredAt: '', note: '', lines };
}

export function donationBody(draft: DonationDraft, timeZone: string): Record<string, unknown> {
  return {
    locationId: draft.locationId,
    source: draft.source,
    donor: orNull(draft.donor),
    note: orNull(draft.note),
    occurredAt: draft.occurredAt ? fromLocalInput(draft.occurredAt, timeZone) : undefined,
    lines: linesToBody(draft.lines),
  };
}
