/**
 * The figures behind a chart as a CSV file: a header row in the reader's language, one row per bar
 * or point, as the chart was given them (no rounding). Client-safe and pure.
 */
export type CsvCell = string | number | null;

export interface ChartTable {
  header: string[];
  rows: CsvCell[][];
}

/** Spreadsheets run a cell that starts like a formula; the API's exports neutralise them the same way. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: comma-separated, CRLF line ends, quotes doubled inside quoted cells. */
export function chartCsv(table: ChartTable): string {
  return [table.header, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A stacked chart's table: one row per period (its long label), one column per series, and a total.
 * `value(periodKey, seriesId)` gives a count, missing counts are 0.
 */
export function stackedTable(
  labels: { period: string; total: string },
  periods: { key: string; label: string }[],
  series: { id: string; label: string }[],
  value: (periodKey: string, seriesId: string) => number | undefined,
): ChartTable {
  return {
    header: [labels.period, ...series.map((entry) => entry.label), labels.total],
    rows: periods.map((period) => {
      const counts = series.map((entry) => value(period.key, entry.id) ?? 0);
      return [period.label, ...counts, counts.reduce((sum, n) => sum + n, 0)];
    }),
  };
}
