/** Supplies: the catalogue, stock ledger, distributions and CSV imports. */

export const SUPPLY_CATEGORIES = [
  'shelter',
  'food',
  'water',
  'clothing',
  'shoes',
  'hygiene',
  'nappies',
  'phone',
  'first_aid',
  'kitchen',
  'fuel',
  'stationery',
] as const;
export const SUPPLY_UNITS = ['piece', 'pair', 'pack', 'box', 'kg', 'litre'] as const;
/** For clothing and shoes; other items leave it empty. */
export const SUPPLY_GENDERS = ['men', 'women', 'unisex', 'children'] as const;
export const SUPPLY_PRIORITIES = ['high', 'normal', 'low'] as const;
/** When the priority applies most: sleeping bags and blankets in winter, water in summer. */
export const SUPPLY_SEASONS = ['all_year', 'winter', 'summer'] as const;
export const STOCK_LOCATION_KINDS = ['warehouse', 'van', 'distribution_point'] as const;
export type SupplyCategory = (typeof SUPPLY_CATEGORIES)[number];

export const SUPPLY_SOURCES = ['donation', 'purchase', 'surplus', 'salvage'] as const;
export const WRITE_OFF_REASONS = [
  'expired',
  'damaged',
  'seized_by_police',
  'destroyed_by_police',
  'lost',
  'other',
] as const;
/** Write-offs that are themselves evidence: they name the eviction or incident. */
export const POLICE_WRITE_OFF_REASONS = ['seized_by_police', 'destroyed_by_police'] as const;
export const STOCK_OPERATION_KINDS = [
  'receive',
  'transfer',
  'distribute',
  'return',
  'write_off',
  'stocktake',
  'opening_stock',
] as const;
export const STOCK_MOVEMENT_KINDS = [
  'receive',
  'transfer_out',
  'transfer_in',
  'distribute',
  'return',
  'write_off',
  'adjust',
] as const;
export type SupplySource = (typeof SUPPLY_SOURCES)[number];
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number];

export const DISTRIBUTION_STATUSES = ['planned', 'packed', 'distributed', 'closed', 'cancelled'] as const;
export const SUPPLY_NEED_STATUSES = ['open', 'met', 'cancelled'] as const;
export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number];

/**
 * Columns of the catalogue CSV: a header row is required, columns in any order, unknown ones refused;
 * comma or semicolon separated (French spreadsheets write semicolons). Rows whose code exists update it.
 */
export const CATALOGUE_CSV_COLUMNS = [
  'code',
  'category',
  'name_en',
  'name_fr',
  'unit',
  'size',
  'gender',
  'tracks_expiry',
  'priority',
  'season',
  /** The eviction property type's code (tents, sleeping_bags…), so police losses line up. */
  'property_type',
] as const;
/** Columns of the opening-stock CSV: item code, location name, quantity, optional expiry batch. */
export const STOCK_CSV_COLUMNS = ['item_code', 'location', 'quantity', 'expires_on'] as const;
/**
 * Orders of the catalogue and the stock overview, each keyset-paged and each the exact reverse of its
 * pair: English name (the default), French name (what French readers see), code, category (in the
 * enum's order, then English name).
 */
export const SUPPLY_ITEM_SORTS = [
  'name_asc',
  'name_desc',
  'name_fr_asc',
  'name_fr_desc',
  'code_asc',
  'code_desc',
  'category_asc',
  'category_desc',
] as const;
export type SupplyItemSort = (typeof SUPPLY_ITEM_SORTS)[number];
