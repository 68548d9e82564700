import type { ReportName, ReportOf } from './reports';
import { itemName } from './names';

/**
 * The figures behind each supplies chart as CSV (RFC 4180, UTF-8), for a spreadsheet or a dossier
 * annex. Text cells that a spreadsheet would run as a formula are defused with a leading quote.
 */
type Cell = string | number | null;

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_REPORTS = ['consumption', 'donations', 'policeLosses', 'stockByLocation'] as const;
export type CsvReport = (typeof CSV_REPORTS)[number] & ReportName;

export type CsvColumn =
  | 'itemCode'
  | 'item'
  | 'category'
  | 'dailyRate'
  | 'available'
  | 'lastsDays'
  | 'month'
  | 'source'
  | 'receipts'
  | 'quantity'
  | 'reason'
  | 'propertyType'
  | 'evictions'
  | 'incidents'
  | 'location'
  | 'locationKind'
  | 'items'
  | 'onHand'
  | 'reserved';

/** Column names in the reader's language; `week` names one week's column by its first day. */
export interface CsvHeadings {
  column: (column: CsvColumn) => string;
  week: (week: string) => string;
}

export function reportCsv<N extends CsvReport>(
  name: N,
  report: ReportOf<N>,
  locale: string,
  headings: CsvHeadings,
): string {
  const columns = (names: CsvColumn[]) => names.map(headings.column);
  switch (name) {
    case 'consumption': {
      const { weeks, rows } = report as ReportOf<'consumption'>;
      return csv(
        [
          ...columns(['itemCode', 'item', 'category']),
          ...weeks.map(headings.week),
          ...columns(['dailyRate', 'available', 'lastsDays']),
        ],
        rows.map((row) => [
          row.item.code,
          itemName(row.item, locale),
          row.item.category,
          ...row.perWeek,
          Math.round(row.dailyRate * 100) / 100,
          row.available,
          row.lastsDays,
        ]),
      );
    }
    case 'donations':
      return csv(
        columns(['month', 'source', 'category', 'receipts', 'quantity']),
        (report as ReportOf<'donations'>).rows.map((row) => [
          row.month,
          row.source,
          row.category,
          row.receipts,
          row.quantity,
        ]),
      );
    case 'policeLosses':
      return csv(
        columns(['month', 'reason', 'category', 'propertyType', 'quantity', 'evictions', 'incidents']),
        (report as ReportOf<'policeLosses'>).rows.map((row) => [
          row.month,
          row.reason,
          row.category,
          row.propertyType?.code ?? null,
          row.quantity,
          row.evictions,
          row.incidents,
        ]),
      );
    default:
      return csv(
        columns(['location', 'locationKind', 'category', 'items', 'onHand', 'reserved', 'available']),
        (report as ReportOf<'stockByLocation'>).rows.map((row) => [
          row.location.name,
          row.location.kind,
          row.category,
          row.items,
          row.onHand,
          row.reserved,
          row.available,
        ]),
      );
  }
}
