import type {
  SITE_OWNER_TYPES as SiteOwnerTypes,
  SITE_STATUSES as SiteStatuses,
  SITE_TYPES as SiteTypes,
} from '@vigil/contracts';
import { same } from '@/lib/incidents/enums';

/** Client-safe copies of the site enums (see lib/incidents/enums.ts for why). */
export const SITE_TYPE_VALUES = same<typeof SiteTypes>()([
  'camp',
  'squat',
  'informal_site',
  'distribution_point',
  'warehouse',
  'social_centre',
  'drop_in',
  'detention_centre',
  'police_station',
  'other',
]);
export const SITE_STATUS_VALUES = same<typeof SiteStatuses>()([
  'scouted',
  'opened',
  'active',
  'threatened',
  'raided',
  'evicted',
  'sealed',
  'demolished',
  'reoccupied',
  'closed',
]);
export const SITE_OWNER_TYPE_VALUES = same<typeof SiteOwnerTypes>()([
  'public_state',
  'public_municipal',
  'private',
  'unknown',
]);
