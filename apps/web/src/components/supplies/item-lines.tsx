'use client';

import type { LineDraft } from '@/lib/supplies/lines';
import { newLine } from '@/lib/supplies/lines';
import { ItemPicker, type PickerSource } from './item-picker';
import { LineRows } from './line-rows';

/**
 * The items of a stock form: find one (the catalogue, or what a location holds), then its quantity
 * and batch. Without a source yet (no location chosen), `waiting` says what to choose first.
 */
export function ItemLines({
  source,
  idPrefix,
  lines,
  onChange,
  expiry,
  waiting,
}: {
  source: PickerSource | null;
  idPrefix: string;
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  expiry: 'receive' | 'take' | 'none';
  waiting?: string;
}) {
  return (
    <>
      {source ? (
        <ItemPicker
          source={source}
          idPrefix={idPrefix}
          exclude={lines.map((line) => line.item.id)}
          onPick={(item) => onChange([...lines, newLine(item)])}
        />
      ) : waiting ? (
        <p className="text-sm text-ink-soft">{waiting}</p>
      ) : null}
      <LineRows lines={lines} onChange={onChange} expiry={expiry} />
    </>
  );
}
