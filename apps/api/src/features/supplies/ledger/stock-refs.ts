import type { ErrorDetail, StockLocationRef, SupplyItemRef } from '@vigil/contracts';
import { Prisma, type SqlTarget, sqlOf } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import type { StockNames } from './stock-session';

export const itemRefSelect = {
  id: true,
  code: true,
  category: true,
  nameEn: true,
  nameFr: true,
  unit: true,
  size: true,
  gender: true,
} as const;
export const locationRefSelect = { id: true, name: true, kind: true } as const;

export type ItemRecord = SupplyItemRef & { tracksExpiry: boolean; active: boolean };
export type LocationRecord = StockLocationRef & { active: boolean };

interface RefRow {
  t: 'item' | 'location';
  id: string;
  code: string | null;
  category: SupplyItemRef['category'] | null;
  name: string;
  name_fr: string | null;
  unit: SupplyItemRef['unit'] | null;
  size: string | null;
  gender: SupplyItemRef['gender'];
  tracks_expiry: boolean | null;
  active: boolean;
  kind: StockLocationRef['kind'] | null;
}

/** The items and locations a request names, loaded once for checks, error messages and views. */
export class StockRefs implements StockNames {
  private readonly problems: ErrorDetail[] = [];

  constructor(
    readonly items: Map<string, ItemRecord>,
    readonly locations: Map<string, LocationRecord>,
  ) {}

  /** One round trip for both (this runs on every stock movement). */
  static async load(db: SqlTarget, itemIds: string[], locationIds: string[]): Promise<StockRefs> {
    const rows = await sqlOf(db).query<RefRow>(Prisma.sql`
      SELECT 'item' AS t, id::text, code, category::text, name_en AS name, name_fr, unit::text, size, gender::text,
             tracks_expiry, active, NULL AS kind
      FROM supply_items WHERE id = ANY(${[...new Set(itemIds)]}::uuid[])
      UNION ALL
      SELECT 'location', id::text, NULL, NULL, name, NULL, NULL, NULL, NULL, NULL, active, kind::text
      FROM stock_locations WHERE id = ANY(${[...new Set(locationIds)]}::uuid[])`);
    const items = new Map<string, ItemRecord>();
    const locations = new Map<string, LocationRecord>();
    for (const r of rows) {
      if (r.t === 'location')
        locations.set(r.id, { id: r.id, name: r.name, kind: r.kind!, active: r.active });
      else {
        items.set(r.id, {
          id: r.id,
          code: r.code!,
          category: r.category!,
          nameEn: r.name,
          nameFr: r.name_fr!,
          unit: r.unit!,
          size: r.size,
          gender: r.gender,
          tracksExpiry: r.tracks_expiry!,
          active: r.active,
        });
      }
    }
    return new StockRefs(items, locations);
  }

  item(id: string): string {
    const item = this.items.get(id);
    return item ? `${item.nameEn}${item.size ? ` (${item.size})` : ''}` : id;
  }

  location(id: string): string {
    return this.locations.get(id)?.name ?? id;
  }

  itemRef(id: string): SupplyItemRef {
    const { tracksExpiry: _t, active: _a, ...ref } = this.items.get(id)!;
    return ref;
  }

  locationRef(id: string): StockLocationRef {
    const { active: _a, ...ref } = this.locations.get(id)!;
    return ref;
  }

  /** Notes a problem with an unknown or closed location; `check()` throws them all at once. */
  needLocation(id: string, path: string, open = true): this {
    const location = this.locations.get(id);
    if (!location) this.problems.push({ path, message: 'No such location' });
    else if (open && !location.active) this.problems.push({ path, message: 'This location is closed' });
    return this;
  }

  /** An unknown item, an inactive one when stock comes in, or a batch date that does not fit the item. */
  needItem(id: string, path: string, options: { incoming?: boolean; expiresOn?: string | null } = {}): this {
    const item = this.items.get(id);
    if (!item) {
      this.problems.push({ path: `${path}/itemId`, message: 'No such item' });
      return this;
    }
    if (options.incoming && !item.active)
      this.problems.push({ path: `${path}/itemId`, message: 'This item is no longer in the catalogue' });
    if (options.incoming && item.tracksExpiry && !options.expiresOn)
      this.problems.push({ path: `${path}/expiresOn`, message: 'This item tracks expiry: give the date' });
    if (!item.tracksExpiry && options.expiresOn)
      this.problems.push({ path: `${path}/expiresOn`, message: 'This item does not track expiry' });
    return this;
  }

  problem(path: string, message: string): this {
    this.problems.push({ path, message });
    return this;
  }

  check(): void {
    if (this.problems.length)
      throw new AppError('VALIDATION_FAILED', 'The request is invalid', this.problems);
  }
}

/** A time something happened: now when not given, and never in the future (a little clock skew allowed). */
export function occurredAtOf(value: Date | undefined, path = 'body/occurredAt'): Date {
  if (!value) return new Date();
  if (value.getTime() > Date.now() + 5 * 60_000) throw AppError.invalid(path, 'Cannot be in the future');
  return value;
}
