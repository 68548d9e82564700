/** Typed strings → API values, shared by the record forms (incidents, evictions). Client-safe. */

/** '' → null; a number when it reads as one (a decimal comma too); otherwise the text, for the API to point at. */
export function numberOrText(value: string): number | null | string {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : trimmed;
}

export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
