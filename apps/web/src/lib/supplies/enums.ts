import type {
  DISTRIBUTION_STATUSES as DistributionStatuses,
  STOCK_LOCATION_KINDS as StockLocationKinds,
  STOCK_MOVEMENT_KINDS as StockMovementKinds,
  STOCK_OPERATION_KINDS as StockOperationKinds,
  SUPPLY_CATEGORIES as SupplyCategories,
  SUPPLY_GENDERS as SupplyGenders,
  SUPPLY_NEED_STATUSES as SupplyNeedStatuses,
  SUPPLY_SOURCES as SupplySources,
  SUPPLY_UNITS as SupplyUnits,
  WRITE_OFF_REASONS as WriteOffReasons,
} from '@vigil/contracts';
import { same } from '@/lib/incidents/enums';

/** Client-safe copies of the supplies enums (see lib/incidents/enums.ts for why). */
export const SUPPLY_CATEGORY_VALUES = same<typeof SupplyCategories>()([
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
]);
export type SupplyCategoryValue = (typeof SUPPLY_CATEGORY_VALUES)[number];
export const SUPPLY_SOURCE_VALUES = same<typeof SupplySources>()([
  'donation',
  'purchase',
  'surplus',
  'salvage',
]);
export type SupplySourceValue = (typeof SUPPLY_SOURCE_VALUES)[number];
export const WRITE_OFF_REASON_VALUES = same<typeof WriteOffReasons>()([
  'expired',
  'damaged',
  'seized_by_police',
  'destroyed_by_police',
  'lost',
  'other',
]);
export type WriteOffReasonValue = (typeof WRITE_OFF_REASON_VALUES)[number];
export const POLICE_REASONS: readonly WriteOffReasonValue[] = ['seized_by_police', 'destroyed_by_police'];
export const DISTRIBUTION_STATUS_VALUES = same<typeof DistributionStatuses>()([
  'planned',
  'packed',
  'distributed',
  'closed',
  'cancelled',
]);
export type DistributionStatusValue = (typeof DISTRIBUTION_STATUS_VALUES)[number];
export const NEED_STATUS_VALUES = same<typeof SupplyNeedStatuses>()(['open', 'met', 'cancelled']);
export const LOCATION_KIND_VALUES = same<typeof StockLocationKinds>()([
  'warehouse',
  'van',
  'distribution_point',
]);
export const MOVEMENT_KIND_VALUES = same<typeof StockMovementKinds>()([
  'receive',
  'transfer_out',
  'transfer_in',
  'distribute',
  'return',
  'write_off',
  'adjust',
]);
export const OPERATION_KIND_VALUES = same<typeof StockOperationKinds>()([
  'receive',
  'transfer',
  'distribute',
  'return',
  'write_off',
  'stocktake',
  'opening_stock',
]);
export const UNIT_VALUES = same<typeof SupplyUnits>()(['piece', 'pair', 'pack', 'box', 'kg', 'litre']);
export const GENDER_VALUES = same<typeof SupplyGenders>()(['men', 'women', 'unisex', 'children']);
/** People served by group: counts only, never who. */
export const SERVED_GROUPS = ['men', 'women', 'families', 'minors'] as const;
export type ServedGroup = (typeof SERVED_GROUPS)[number];
