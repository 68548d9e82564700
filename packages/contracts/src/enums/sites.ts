export const SITE_TYPES = [
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
] as const;
export const SITE_STATUSES = [
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
] as const;
export const SITE_OWNER_TYPES = ['public_state', 'public_municipal', 'private', 'unknown'] as const;
