import type { SupplyItemView } from '@vigil/contracts';
import type { SupplyCategory } from '@vigil/contracts/enums';
import { orNull } from '@/lib/form-values';

/** The catalogue editor's form as typed, and its API bodies. Client-safe. */
export interface ItemDraft {
  code: string;
  category: SupplyCategory | '';
  nameEn: string;
  nameFr: string;
  unit: SupplyItemView['unit'];
  size: string;
  gender: NonNullable<SupplyItemView['gender']> | '';
  tracksExpiry: boolean;
  priority: SupplyItemView['priority'];
  season: SupplyItemView['season'];
  propertyTypeId: string;
  active: boolean;
}

export const NEW_ITEM: ItemDraft = {
  code: '',
  category: '',
  nameEn: '',
  nameFr: '',
  unit: 'piece',
  size: '',
  gender: '',
  tracksExpiry: false,
  priority: 'normal',
  season: 'all_year',
  propertyTypeId: '',
  active: true,
};

/** Categories sold by size and fit: the editor asks for both. */
const SIZED: readonly string[] = ['clothing', 'shoes'];

/** Size and fit are asked for clothing and shoes, and kept in view wherever they are already set. */
export function asksSize(draft: Pick<ItemDraft, 'category' | 'size' | 'gender'>): boolean {
  return SIZED.includes(draft.category) || draft.size !== '' || draft.gender !== '';
}

export function itemToDraft(item: SupplyItemView): ItemDraft {
  return {
    code: item.code,
    category: item.category,
    nameEn: item.nameEn,
    nameFr: item.nameFr,
    unit: item.unit,
    size: item.size ?? '',
    gender: item.gender ?? '',
    tracksExpiry: item.tracksExpiry,
    priority: item.priority,
    season: item.season,
    propertyTypeId: item.propertyTypeId ?? '',
    active: item.active,
  };
}

/**
 * A new item's body, or (`edit`) the changes to one: every field but the code, which labels and
 * imports refer to. An empty category goes as null, for the API to name the field.
 */
export function itemBody(draft: ItemDraft, mode: 'create' | 'edit'): Record<string, unknown> {
  const { code, ...fields } = draft;
  return {
    ...(mode === 'create' ? { code } : {}),
    ...fields,
    category: orNull(fields.category),
    size: orNull(fields.size),
    gender: orNull(fields.gender),
    propertyTypeId: orNull(fields.propertyTypeId),
  };
}
