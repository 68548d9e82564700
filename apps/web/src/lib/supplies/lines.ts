import type { SupplyItemRef } from '@vigil/contracts';
import { numberOrText, orNull } from '@/lib/form-values';

/** Typed item lines of the stock forms, and the API bodies built from them. Client-safe. */

export interface PickedItem extends SupplyItemRef {
  /** Known from the catalogue: receiving such an item needs its expiry date. */
  tracksExpiry?: boolean;
  /** Known when picked from a location's stock. */
  available?: number;
}

export interface LineDraft {
  item: PickedItem;
  quantity: string;
  expiresOn: string;
  /** The labelled box this line moves, when it came from a scanned label. */
  boxId?: string;
}

export function newLine(item: PickedItem, quantity = '', expiresOn = ''): LineDraft {
  return { item, quantity, expiresOn };
}

/** Lines in the order shown, so that API paths (lines/2/quantity) point at the right row. */
export function linesToBody(lines: LineDraft[], options: { expiry: boolean } = { expiry: true }) {
  return lines.map((line) => ({
    itemId: line.item.id,
    quantity: numberOrText(line.quantity),
    ...(options.expiry ? { expiresOn: orNull(line.expiresOn) } : {}),
  }));
}

/** A count typed in a box ("" → 0 for people served; anything unreadable goes to the API as typed). */
export function countOrZero(value: string): number | string {
  return numberOrText(value) ?? 0;
}
