import { numberOrText, orNull } from '@/lib/form-values';
import type { PickedItem } from './lines';

/**
 * A stock-take sheet: one row per item and expiry batch held at the location, plus rows added for
 * what was found on the shelf but not in the books. Rows left empty are not counted. Client-safe.
 */
export interface SheetLine {
  key: string;
  item: PickedItem;
  /** The batch; editable on added rows of items that track expiry. */
  expiresOn: string;
  counted: string;
  added: boolean;
}

let addedRows = 0;

export function sheetLine(item: PickedItem, expiresOn: string | null, added = false): SheetLine {
  // An added row may repeat an item (another batch found): its key must still be unique.
  const key = `${item.id}|${expiresOn ?? ''}${added ? `|added-${(addedRows += 1)}` : ''}`;
  return { key, item, expiresOn: expiresOn ?? '', counted: '', added };
}

/** The counted rows as the API takes them, and the sheet keys in the same order (for error paths). */
export function countedBody(sheet: SheetLine[]) {
  const counted = sheet.filter((line) => line.counted.trim() !== '');
  return {
    keys: counted.map((line) => line.key),
    lines: counted.map((line) => ({
      itemId: line.item.id,
      expiresOn: orNull(line.expiresOn),
      counted: numberOrText(line.counted),
    })),
  };
}
