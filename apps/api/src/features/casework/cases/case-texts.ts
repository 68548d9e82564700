import { CASE_SEALED_FIELDS, type CaseSealedField } from '@vigil/contracts';
import type { FieldChange } from '../access/casework-history';
import type { CaseworkVault } from '../vault/vault';

/** The sealed free texts of a case, in clear: only ever in memory, for an allowed reader or writer. */
export type CaseTexts = Record<CaseSealedField, string | null>;

const COLUMN = {
  summary: 'summaryEnc',
  legalArguments: 'legalArgumentsEnc',
  personDecision: 'personDecisionEnc',
} as const satisfies Record<CaseSealedField, string>;

type SealedColumns = { -readonly [F in CaseSealedField as (typeof COLUMN)[F]]?: string | null };
type SealedRow = { id: string } & { [F in CaseSealedField as (typeof COLUMN)[F]]: string | null };

const at = (caseId: string, field: CaseSealedField) => ({ table: 'cases' as const, id: caseId, field });

/** A blank text is no text: nothing worth sealing. */
function clean(text: string | null | undefined): string | null | undefined {
  return text === '' ? null : text;
}

/** The columns to write for the texts a request gives (absent texts stay as they are). */
export function sealCaseTexts(
  vault: CaseworkVault,
  caseId: string,
  texts: Partial<CaseTexts>,
): SealedColumns {
  const columns: SealedColumns = {};
  for (const field of CASE_SEALED_FIELDS) {
    const text = clean(texts[field]);
    if (text !== undefined) columns[COLUMN[field]] = vault.sealOptional(at(caseId, field), text);
  }
  return columns;
}

export async function openCaseTexts(vault: CaseworkVault, row: SealedRow): Promise<CaseTexts> {
  const [summary, legalArguments, personDecision] = await Promise.all(
    CASE_SEALED_FIELDS.map((field) => vault.openOptional(at(row.id, field), row[COLUMN[field]])),
  );
  return {
    summary: summary ?? null,
    legalArguments: legalArguments ?? null,
    personDecision: personDecision ?? null,
  };
}

/** Written sealed columns as history entries: ciphertexts only, never the text. */
export function sealedHistory(columns: SealedColumns, before?: SealedRow): FieldChange[] {
  return CASE_SEALED_FIELDS.flatMap((field) => {
    const value = columns[COLUMN[field]];
    const old = before?.[COLUMN[field]] ?? null;
    if (value === undefined || value === old) return [];
    return [{ field, oldValue: old, newValue: value, sealed: true }];
  });
}

/**
 * An update of the texts: compares plaintexts (a re-sealed equal text is no change), seals only what
 * changed, and names the changes with their old and new ciphertexts.
 */
export async function changedCaseTexts(vault: CaseworkVault, before: SealedRow, texts: Partial<CaseTexts>) {
  const current = await openCaseTexts(vault, before);
  const wanted: Partial<CaseTexts> = {};
  for (const field of CASE_SEALED_FIELDS) {
    const text = clean(texts[field]);
    if (text !== undefined && text !== current[field]) wanted[field] = text;
  }
  const columns = sealCaseTexts(vault, before.id, wanted);
  return { columns, changes: sealedHistory(columns, before) };
}
