import type { EvictionStats } from '@vigil/contracts';
import { TIME_ZONE } from '@/i18n/time-zone';
import { termLabel } from '@/lib/incidents/terms';
import { todayIn } from '@/lib/supplies/names';

export const PATTERN_TABLES = ['months', 'month-sites', 'sites', 'property', 'forces'] as const;
export type PatternTable = (typeof PATTERN_TABLES)[number];

export type Cell = string | number | null;
export type ColumnKey =
  | 'month'
  | 'site'
  | 'commune'
  | 'evictions'
  | 'first'
  | 'last'
  | 'medianHours'
  | 'meanHours'
  | 'minHours'
  | 'maxHours'
  | 'noneShown'
  | 'propertyType'
  | 'fate'
  | 'count'
  | 'collectiveOwned'
  | 'force'
  | 'officers'
  | 'vehicles';

export interface Grid {
  columns: ColumnKey[];
  rows: Cell[][];
}

const hours = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
/** The calendar day in the collective's time zone (an eviction at 00:30 in Calais is that day's). */
const day = (at: Date) => todayIn(TIME_ZONE, at);

/**
 * The figures behind each chart and table of the patterns page, as plain rows: the page shows them
 * and the CSV download gives exactly the same ones. `fate` stays a code for the caller to label.
 */
export function patternGrid(stats: EvictionStats, table: PatternTable, locale: string): Grid {
  switch (table) {
    case 'months':
      return { columns: ['month', 'evictions'], rows: stats.byMonth.map((m) => [m.month, m.count]) };
    case 'month-sites': {
      const sites = new Map(stats.bySite.map((s) => [s.site.id, s.site]));
      return {
        columns: ['month', 'site', 'commune', 'evictions'],
        rows: stats.byMonthAndSite.map((m) => [
          m.month,
          sites.get(m.siteId)?.name ?? m.siteId,
          sites.get(m.siteId)?.commune ?? null,
          m.count,
        ]),
      };
    }
    case 'sites':
      return {
        columns: [
          'site',
          'commune',
          'evictions',
          'first',
          'last',
          'medianHours',
          'meanHours',
          'minHours',
          'maxHours',
          'noneShown',
        ],
        rows: stats.bySite.map((s) => [
          s.site.name,
          s.site.commune,
          s.count,
          day(s.firstAt),
          day(s.lastAt),
          hours(s.intervals.medianHours),
          hours(s.intervals.meanHours),
          hours(s.intervals.minHours),
          hours(s.intervals.maxHours),
          s.noLegalBasisShown,
        ]),
      };
    case 'property':
      return {
        columns: ['propertyType', 'fate', 'count', 'collectiveOwned'],
        rows: [...stats.property]
          .sort((a, b) => b.count - a.count)
          .map((p) => [termLabel(p.propertyType, locale), p.fate, p.count, p.collectiveOwned]),
      };
    case 'forces':
      return {
        columns: ['force', 'evictions', 'officers', 'vehicles'],
        rows: [...stats.byForce]
          .sort((a, b) => b.evictions - a.evictions)
          .map((f) => [termLabel(f.force, locale), f.evictions, f.officers, f.vehicles]),
      };
  }
}

/** RFC 4180 CSV; a text cell starting like a formula is prefixed with ' so spreadsheets show it as text. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const cell = (value: Cell) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
