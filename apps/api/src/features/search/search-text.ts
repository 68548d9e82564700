/** LIKE treats % and _ as wildcards: a search for "50%" must find the text "50%" only. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "contains" for ILIKE. */
export const containsPattern = (text: string) => `%${likeLiteral(text)}%`;

/** Case-insensitive "starts with" for ILIKE. */
export const prefixPattern = (text: string) => `${likeLiteral(text)}%`;

/** References are stored upper-case (INC-2026-000042); a reader may type them in any case. */
export const referenceOf = (text: string) => text.toUpperCase();
