import type { SearchParams } from '@/lib/filters/query-filter';

/**
 * Column sorting for tables loaded whole (sites, users, stock by location): the order lives in the
 * URL as `?sort=<column>&dir=asc|desc`, so a sorted view can be bookmarked and the server renders
 * it. Keyset-paged lists (incidents, evictions) use the orders their API offers instead. Client-safe.
 */
export type SortDir = 'asc' | 'desc';
export interface SortState<C extends string> {
  column: C;
  dir: SortDir;
}
export type SortValue = string | number | Date | null | undefined;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The order the URL asks for, or the table's default when it names no known column. */
export function readSort<const C extends string>(
  params: SearchParams,
  columns: readonly C[],
  fallback: SortState<C>,
): SortState<C> {
  const column = first(params.sort);
  const dir = first(params.dir);
  if (!column || !(columns as readonly string[]).includes(column)) return fallback;
  return { column: column as C, dir: dir === 'desc' ? 'desc' : 'asc' };
}

/**
 * Text by the reader's language (accents, case and digits as people expect), numbers and dates by
 * value; missing values always last, whichever the direction.
 */
export function sortRows<R>(
  rows: readonly R[],
  value: (row: R) => SortValue,
  dir: SortDir,
  locale: string,
): R[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: value(row) }));
  keyed.sort((a, b) => {
    const missingA = a.key === null || a.key === undefined || a.key === '';
    const missingB = b.key === null || b.key === undefined || b.key === '';
    if (missingA || missingB) return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
    const order = compareValues(a.key as string | number | Date, b.key as string | number | Date, collator);
    // Stable: equal keys keep the API's order.
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((entry) => entry.row);
}

function compareValues(
  a: string | number | Date,
  b: string | number | Date,
  collator: Intl.Collator,
): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  const numberOf = (v: string | number | Date) => (v instanceof Date ? v.getTime() : Number(v));
  return numberOf(a) - numberOf(b);
}

/** What a column header shows and where it leads: `sorted` for aria-sort, `href` for the next order. */
export interface SortLink {
  sorted: SortDir | null;
  href: string;
}

/**
 * Header links for one table: a click on the sorted column flips its direction, a click elsewhere
 * sorts by that column (ascending, or `firstDir` for figures and dates, where the largest or latest
 * comes first). Every other search parameter (filters) is kept.
 */
export function sortLinks<C extends string>(basePath: string, params: SearchParams, current: SortState<C>) {
  return (column: C, firstDir: SortDir = 'asc'): SortLink => {
    const sorted = current.column === column ? current.dir : null;
    const dir = sorted ? (sorted === 'asc' ? 'desc' : 'asc') : firstDir;
    return { sorted, href: withOrder(basePath, params, { sort: column, dir }) };
  };
}

/** The same page with another order: every other parameter kept, the page cursor dropped. */
function withOrder(basePath: string, params: SearchParams, order: Record<string, string>): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'sort' || key === 'dir' || key === 'cursor' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) next.append(key, v);
  }
  for (const [key, value] of Object.entries(order)) next.set(key, value);
  return `${basePath}?${next.toString()}`;
}

/**
 * A column header of a keyset-paged table (catalogue, stock): the API pages by named orders, one
 * per direction, so the URL carries that order as `?sort=<order>` (as incidents' `start_asc`).
 */
export function keysetSortLink(
  basePath: string,
  params: SearchParams,
  current: string,
  orders: Record<SortDir, string>,
  firstDir: SortDir = 'asc',
): SortLink {
  const sorted: SortDir | null = current === orders.asc ? 'asc' : current === orders.desc ? 'desc' : null;
  const dir = sorted ? (sorted === 'asc' ? 'desc' : 'asc') : firstDir;
  return { sorted, href: withOrder(basePath, params, { sort: orders[dir] }) };
}

/**
 * The order of a table loaded whole (`sort`, `dir`), for a filter form's hidden fields and its chips,
 * so that applying or removing a filter keeps the order the reader chose.
 */
export function orderParams(params: SearchParams): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of ['sort', 'dir']) {
    const value = first(params[key]);
    if (value) kept[key] = value;
  }
  return kept;
}

/** A link with the kept order appended. */
export function keepOrder(href: string, kept: Record<string, string>): string {
  const extra = new URLSearchParams(kept).toString();
  if (!extra) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${extra}`;
}

/**
 * The date column of a keyset-paged list (incidents, evictions): its API sorts by start only, newest
 * first by default or `sort=start_asc`, so that is all the header offers (any other order would break
 * "load more"). The filter is kept.
 */
export function startSortLink<F extends { sort?: string }>(
  basePath: string,
  filter: F,
  toQuery: (filter: F, options: { sort: boolean }) => string,
): SortLink {
  const sorted: SortDir = filter.sort === 'start_asc' ? 'asc' : 'desc';
  const query = toQuery({ ...filter, sort: sorted === 'asc' ? undefined : 'start_asc' }, { sort: true });
  return { sorted, href: query ? `${basePath}?${query}` : basePath };
}
