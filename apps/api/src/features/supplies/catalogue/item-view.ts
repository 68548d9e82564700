import type { SupplyItemView } from '@vigil/contracts';
import type { SupplyItem } from '@vigil/db';

export function toItemView(item: SupplyItem): SupplyItemView {
  return {
    id: item.id,
    code: item.code,
    category: item.category,
    nameEn: item.nameEn,
    nameFr: item.nameFr,
    unit: item.unit,
    size: item.size,
    gender: item.gender,
    tracksExpiry: item.tracksExpiry,
    priority: item.priority,
    season: item.season,
    propertyTypeId: item.propertyTypeId,
    active: item.active,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
