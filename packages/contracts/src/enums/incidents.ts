export const INCIDENT_STATUSES = ['draft', 'submitted'] as const;
export const DATE_PRECISIONS = ['exact', 'estimate', 'unknown_day', 'unknown_month_and_day'] as const;
export const SOURCE_TYPES = ['first_hand', 'testimony', 'hearsay', 'media'] as const;
export const SOURCE_RELIABILITIES = [
  'completely_reliable',
  'usually_reliable',
  'fairly_reliable',
  'not_usually_reliable',
  'unreliable',
  'cannot_be_judged',
] as const;
export const VERIFICATION_STATUSES = ['unverified', 'corroborated', 'verified'] as const;
export const RIO_SHOWN = ['yes', 'no', 'not_seen'] as const;
export const INVOLVEMENTS = ['carried_out', 'gave_orders', 'present', 'suspected'] as const;
export const VICTIM_CATEGORIES = ['person_on_the_move', 'defender', 'journalist', 'resident'] as const;
export const VICTIM_FLAGS = ['minor', 'woman', 'family', 'defender', 'journalist'] as const;
export const PROPERTY_FATES = ['seized', 'destroyed', 'damaged'] as const;
export const FOLLOW_UP_BODIES = [
  'igpn',
  'iggn',
  'defenseur_des_droits',
  'prosecutor',
  'administrative_court',
  'conseil_etat',
  'echr',
  'other',
] as const;
export const FOLLOW_UP_STATUSES = [
  'drafted',
  'filed',
  'acknowledged',
  'closed_insufficient_evidence',
  'closed_complainant_unreachable',
  'closed_misconduct_found',
  'closed_other',
] as const;
export const INCIDENT_SORTS = ['start_desc', 'start_asc'] as const;
