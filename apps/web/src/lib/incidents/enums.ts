import type {
  DATE_PRECISIONS as DatePrecisions,
  FOLLOW_UP_BODIES as FollowUpBodies,
  FOLLOW_UP_STATUSES as FollowUpStatuses,
  INCIDENT_STATUSES as IncidentStatuses,
  INVOLVEMENTS as Involvements,
  PROPERTY_FATES as PropertyFates,
  RIO_SHOWN as RioShownValues,
  SOURCE_RELIABILITIES as SourceReliabilities,
  SOURCE_TYPES as SourceTypes,
  VERIFICATION_STATUSES as VerificationStatuses,
  VICTIM_CATEGORIES as VictimCategories,
  VICTIM_FLAGS as VictimFlags,
} from '@vigil/contracts';

/**
 * Client-safe copies of the incident enums (importing them from @vigil/contracts would pull zod
 * into the browser bundle). `Same` fails the type check when the contracts gain or lose a value.
 */
type Same<A extends readonly string[], B extends readonly string[]> = [A[number]] extends [B[number]]
  ? [B[number]] extends [A[number]]
    ? A
    : never
  : never;
export function same<B extends readonly string[]>() {
  return <const A extends readonly string[]>(values: Same<A, B>) => values;
}

export const INCIDENT_STATUS_VALUES = same<typeof IncidentStatuses>()(['draft', 'submitted']);
export const DATE_PRECISION_VALUES = same<typeof DatePrecisions>()([
  'exact',
  'estimate',
  'unknown_day',
  'unknown_month_and_day',
]);
export const SOURCE_TYPE_VALUES = same<typeof SourceTypes>()(['first_hand', 'testimony', 'hearsay', 'media']);
export const SOURCE_RELIABILITY_VALUES = same<typeof SourceReliabilities>()([
  'completely_reliable',
  'usually_reliable',
  'fairly_reliable',
  'not_usually_reliable',
  'unreliable',
  'cannot_be_judged',
]);
export const VERIFICATION_VALUES = same<typeof VerificationStatuses>()([
  'unverified',
  'corroborated',
  'verified',
]);
export const RIO_SHOWN_VALUES = same<typeof RioShownValues>()(['yes', 'no', 'not_seen']);
export const INVOLVEMENT_VALUES = same<typeof Involvements>()([
  'carried_out',
  'gave_orders',
  'present',
  'suspected',
]);
export const VICTIM_CATEGORY_VALUES = same<typeof VictimCategories>()([
  'person_on_the_move',
  'defender',
  'journalist',
  'resident',
]);
export const VICTIM_FLAG_VALUES = same<typeof VictimFlags>()([
  'minor',
  'woman',
  'family',
  'defender',
  'journalist',
]);
export const PROPERTY_FATE_VALUES = same<typeof PropertyFates>()(['seized', 'destroyed', 'damaged']);
export const FOLLOW_UP_BODY_VALUES = same<typeof FollowUpBodies>()([
  'igpn',
  'iggn',
  'defenseur_des_droits',
  'prosecutor',
  'administrative_court',
  'conseil_etat',
  'echr',
  'other',
]);
export const FOLLOW_UP_STATUS_VALUES = same<typeof FollowUpStatuses>()([
  'drafted',
  'filed',
  'acknowledged',
  'closed_insufficient_evidence',
  'closed_complainant_unreachable',
  'closed_misconduct_found',
  'closed_other',
]);
