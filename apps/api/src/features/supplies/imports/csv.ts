import type { ImportProblem } from '@vigil/contracts';

export interface CsvTable {
  /** Lower-cased, trimmed header names. */
  header: string[];
  /** Data records with their row number in the file (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
  problems: ImportProblem[];
}

/** Splits RFC 4180 text into records: quoted fields may hold separators, quotes ("") and line breaks. */
function records(text: string, separator: string): { records: string[][]; unterminated: boolean } {
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      out.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) out.push([...record, field]);
  return { records: out, unterminated: quoted };
}

/** Parses a CSV export (comma or semicolon separated, with or without BOM) against the allowed columns. */
export function parseCsv(text: string, allowed: readonly string[], required: readonly string[]): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const parsed = records(body, separator);
  const problems: ImportProblem[] = [];
  const header = (parsed.records[0] ?? []).map((h) => h.trim().toLowerCase());
  header.forEach((h, i) => {
    if (!allowed.includes(h))
      problems.push({
        row: 1,
        column: h || `#${i + 1}`,
        message: `Unknown column (expected: ${allowed.join(', ')})`,
      });
    else if (header.indexOf(h) !== i) problems.push({ row: 1, column: h, message: 'Column given twice' });
  });
  for (const column of required) {
    if (!header.includes(column)) problems.push({ row: 1, column, message: 'Required column missing' });
  }
  const rows: CsvTable['rows'] = [];
  parsed.records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push({ row, column: '', message: `Has ${cells.length} cells, the header ${header.length}` });
      return;
    }
    rows.push({ row, cells: Object.fromEntries(header.map((h, j) => [h, cells[j]!.trim()])) });
  });
  if (parsed.unterminated)
    problems.push({ row: parsed.records.length, column: '', message: 'A quoted cell is never closed' });
  if (!rows.length && !problems.length) problems.push({ row: 2, column: '', message: 'No data rows' });
  return { header, rows, problems };
}
