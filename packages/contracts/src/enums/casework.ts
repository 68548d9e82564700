/** Casework: people the collective supports, their cases, deadlines and the partner directory. */

export const CASE_TYPES = [
  'asylum_claim',
  'dublin',
  'detention',
  'removal_emergency',
  'oqtf_challenge',
  'family_reunification',
  'unaccompanied_minor',
  'housing',
  'medical_access',
  'police_complaint',
  'finding_solicitor',
  'destitution',
  'lgbt_asylum',
  'other',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** open → active → waiting on an outside body → closed with an outcome (and back, when things move). */
export const CASE_STATUSES = ['open', 'active', 'waiting', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = [
  'granted',
  'refused',
  'appeal_won',
  'appeal_lost',
  'withdrawn',
  'transferred',
  'resolved',
  'referred_elsewhere',
  'person_decided_otherwise',
  'lost_contact',
  'other',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const GENDERS = ['woman', 'man', 'non_binary', 'other', 'undisclosed'] as const;
export const AGE_RANGES = [
  'under_12',
  'age_12_15',
  'age_16_17',
  'age_18_24',
  'age_25_34',
  'age_35_49',
  'age_50_plus',
] as const;
export type AgeRange = (typeof AGE_RANGES)[number];

/** A person carrying one of these is visible in full only to people named on their access list. */
export const SENSITIVITY_FLAGS = ['minor', 'lgbt', 'trafficking_risk', 'health'] as const;
export type SensitivityFlag = (typeof SENSITIVITY_FLAGS)[number];

export const CONSENT_SCOPES = [
  'casework',
  'store_contact',
  'store_documents',
  'share_with_lawyer',
  'share_with_partners',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const CASE_DEADLINE_KINDS = ['appeal', 'hearing', 'appointment', 'submission', 'task'] as const;
export const PARTNER_KINDS = [
  'legal_aid',
  'solicitor',
  'ngo',
  'medical',
  'shelter',
  'interpreting',
  'other',
] as const;
export const REFERRAL_STATUSES = ['proposed', 'sent', 'accepted', 'declined', 'closed'] as const;

/** Suggested case flags; any short code is accepted so that collectives can add their own. */
export const CASE_FLAG_SUGGESTIONS = [
  'detention_review',
  'at_risk',
  'urgent',
  'lost_contact',
  'needs_interpreter',
] as const;

/** The sealed personal fields of a person; reading any of them decrypts, and is audited. */
export const PERSON_PERSONAL_FIELDS = ['legalName', 'dateOfBirth', 'contacts', 'notes'] as const;
export type PersonPersonalField = (typeof PERSON_PERSONAL_FIELDS)[number];
/** The sealed free texts of a case. */
export const CASE_SEALED_FIELDS = ['summary', 'legalArguments', 'personDecision'] as const;
export type CaseSealedField = (typeof CASE_SEALED_FIELDS)[number];
/**
 * Orders of the case list, each keyset-paged: latest activity (the default), opened newest or oldest
 * first, soonest open deadline first (cases without one last), reference.
 */
export const CASE_SORTS = [
  'updated_desc',
  'opened_desc',
  'opened_asc',
  'next_deadline_asc',
  'reference_asc',
] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
