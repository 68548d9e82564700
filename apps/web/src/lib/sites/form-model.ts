import type { siteDetailSchema } from '@vigil/contracts';
import type { z } from 'zod';

type SiteDetail = z.output<typeof siteDetailSchema>;

/** The site form's state: every field a string as typed, turned into the API's body on save. */
export interface SiteDraft {
  name: string;
  aliases: string;
  type: string;
  status: string;
  commune: string;
  area: string;
  address: string;
  latitude: string;
  longitude: string;
  ownerType: string;
  evictionOrderRef: string;
  evictionOrderDate: string;
  courtProceedings: string;
  /** 'yes' | 'no' | '' (not known). */
  winterTruceApplies: string;
  needs: string;
  notes: string;
}

export const EMPTY_SITE_DRAFT: SiteDraft = {
  name: '',
  aliases: '',
  type: 'camp',
  status: 'active',
  commune: '',
  area: '',
  address: '',
  latitude: '',
  longitude: '',
  ownerType: 'unknown',
  evictionOrderRef: '',
  evictionOrderDate: '',
  courtProceedings: '',
  winterTruceApplies: '',
  needs: '',
  notes: '',
};

const str = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The stored site as the form shows it (only coordinators edit, and they are sent the exact place). */
export function draftFromSite(site: SiteDetail): SiteDraft {
  return {
    name: site.name,
    aliases: site.aliases.join(', '),
    type: site.type,
    status: site.status,
    commune: site.commune,
    area: str(site.area),
    address: str(site.address),
    latitude: str(site.latitude),
    longitude: str(site.longitude),
    ownerType: site.ownerType,
    evictionOrderRef: str(site.evictionOrderRef),
    evictionOrderDate: str(site.evictionOrderDate),
    courtProceedings: str(site.courtProceedings),
    winterTruceApplies: site.winterTruceApplies === null ? '' : site.winterTruceApplies ? 'yes' : 'no',
    needs: str(site.needs),
    notes: str(site.notes),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** '' → null, a number, or the text as typed for the API to refuse beside its field. */
function coordinate(value: string): number | string | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : trimmed;
}

/** The body of `POST /api/sites` (with the status) or `PUT /api/sites/:id` (without: history is separate). */
export function siteDraftToBody(draft: SiteDraft, creating: boolean): Record<string, unknown> {
  return {
    name: draft.name,
    aliases: draft.aliases
      .split(',')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== ''),
    type: draft.type,
    ...(creating ? { status: draft.status } : {}),
    commune: draft.commune,
    area: orNull(draft.area),
    address: orNull(draft.address),
    latitude: coordinate(draft.latitude),
    longitude: coordinate(draft.longitude),
    ownerType: draft.ownerType,
    evictionOrderRef: orNull(draft.evictionOrderRef),
    evictionOrderDate: orNull(draft.evictionOrderDate),
    courtProceedings: orNull(draft.courtProceedings),
    winterTruceApplies: draft.winterTruceApplies === '' ? null : draft.winterTruceApplies === 'yes',
    needs: orNull(draft.needs),
    notes: orNull(draft.notes),
  };
}
