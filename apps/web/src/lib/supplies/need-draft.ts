import type { needSchema } from '@vigil/contracts';
import type { z } from 'zod';
import { orNull } from '@/lib/form-values';
import { linesToBody, newLine, type LineDraft } from './lines';

/** A need form as typed, and its API body. Client-safe. */
export interface NeedDraft {
  siteId: string;
  partner: string;
  /** A calendar date, YYYY-MM-DD. */
  neededBy: string;
  note: string;
  lines: LineDraft[];
}

export const NEW_NEED: NeedDraft = { siteId: '', partner: '', neededBy: '', note: '', lines: [] };

export function needToDraft(need: z.output<typeof needSchema>): NeedDraft {
  return {
    siteId: need.site?.id ?? '',
    partner: need.partner ?? '',
    neededBy: need.neededBy,
    note: need.note ?? '',
    lines: need.lines.map((line) => newLine(line.item, String(line.quantity))),
  };
}

/** A new need's body, or (with `version`, the one the page showed) a change to an open one. */
export function needBody(draft: NeedDraft, version?: number): Record<string, unknown> {
  return {
    ...(version === undefined ? {} : { version }),
    siteId: orNull(draft.siteId),
    partner: orNull(draft.partner),
    neededBy: draft.neededBy,
    note: orNull(draft.note),
    lines: linesToBody(draft.lines, { expiry: false }),
  };
}
