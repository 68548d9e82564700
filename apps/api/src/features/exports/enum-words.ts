import type {
  CUSTODY_ACTIONS,
  DATE_PRECISIONS,
  EVICTION_STATUSES,
  FOLLOW_UP_BODIES,
  FOLLOW_UP_STATUSES,
  INCIDENT_STATUSES,
  INVOLVEMENTS,
  LEGAL_BASES,
  PROPERTY_FATES,
  RIO_SHOWN,
  SOURCE_RELIABILITIES,
  SOURCE_TYPES,
  VERIFICATION_STATUSES,
  VICTIM_CATEGORIES,
  VICTIM_FLAGS,
} from '@vigil/contracts';

type Words<T extends readonly string[]> = Record<T[number], string>;

/**
 * The French words for the values of each enum, as the dashboard shows them (apps/web/messages,
 * incidentEnums and evictionEnums). English exports print the codes themselves (CSV) or their English
 * wording (PDF); French ones print these. Typed by the contracts' lists: a new value must be worded.
 */
export const FRENCH_ENUM_WORDS = {
  incidentStatus: { draft: 'brouillon', submitted: 'soumis' } satisfies Words<typeof INCIDENT_STATUSES>,
  evictionStatus: { draft: 'brouillon', submitted: 'soumis', reviewed: 'relu' } satisfies Words<
    typeof EVICTION_STATUSES
  >,
  datePrecision: {
    exact: 'exacte',
    estimate: 'estimation',
    unknown_day: 'jour inconnu',
    unknown_month_and_day: 'mois et jour inconnus',
  } satisfies Words<typeof DATE_PRECISIONS>,
  sourceType: {
    first_hand: 'observation directe',
    testimony: 'témoignage',
    hearsay: 'OUÏ-DIRE',
    media: 'article de presse',
  } satisfies Words<typeof SOURCE_TYPES>,
  sourceReliability: {
    completely_reliable: 'entièrement fiable',
    usually_reliable: 'habituellement fiable',
    fairly_reliable: 'assez fiable',
    not_usually_reliable: 'peu fiable d’habitude',
    unreliable: 'non fiable',
    cannot_be_judged: 'fiabilité impossible à évaluer',
  } satisfies Words<typeof SOURCE_RELIABILITIES>,
  verificationStatus: {
    unverified: 'non vérifié',
    corroborated: 'corroboré',
    verified: 'vérifié',
  } satisfies Words<typeof VERIFICATION_STATUSES>,
  rioShown: { yes: 'visible', no: 'non visible', not_seen: 'non observé' } satisfies Words<typeof RIO_SHOWN>,
  involvement: {
    carried_out: 'auteur·ice',
    gave_orders: 'a donné les ordres',
    present: 'présent·e',
    suspected: 'soupçonné·e',
  } satisfies Words<typeof INVOLVEMENTS>,
  victimCategory: {
    person_on_the_move: 'personne exilée',
    defender: 'aidant·e / bénévole',
    journalist: 'journaliste',
    resident: 'riverain·e',
  } satisfies Words<typeof VICTIM_CATEGORIES>,
  victimFlag: {
    minor: 'mineur·es',
    woman: 'femmes',
    family: 'familles',
    defender: 'aidant·es',
    journalist: 'journalistes',
  } satisfies Words<typeof VICTIM_FLAGS>,
  fate: { seized: 'saisi', destroyed: 'détruit', damaged: 'endommagé' } satisfies Words<
    typeof PROPERTY_FATES
  >,
  followUpBody: {
    igpn: 'IGPN',
    iggn: 'IGGN',
    defenseur_des_droits: 'Défenseur des Droits',
    prosecutor: 'procureur·e',
    administrative_court: 'tribunal administratif',
    conseil_etat: 'Conseil d’État',
    echr: 'Cour européenne des droits de l’homme',
    other: 'autre',
  } satisfies Words<typeof FOLLOW_UP_BODIES>,
  followUpStatus: {
    drafted: 'rédigée',
    filed: 'déposée',
    acknowledged: 'accusé de réception',
    closed_insufficient_evidence: 'classée : preuves insuffisantes',
    closed_complainant_unreachable: 'classée : plaignant·e injoignable',
    closed_misconduct_found: 'close : manquement constaté',
    closed_other: 'close : autre',
  } satisfies Words<typeof FOLLOW_UP_STATUSES>,
  legalBasis: {
    order_shown: 'décision présentée',
    none_shown: 'AUCUNE DÉCISION PRÉSENTÉE',
    unknown: 'inconnu',
  } satisfies Words<typeof LEGAL_BASES>,
  custodyAction: {
    uploaded: 'déposé',
    viewed: 'consulté',
    downloaded_original: 'original téléchargé',
    downloaded_working_copy: 'copie de travail téléchargée',
    exported: 'exporté',
    verified: 'vérifié',
  } satisfies Words<typeof CUSTODY_ACTIONS>,
  boolean: { true: 'oui', false: 'non' },
};

export type EnumKind = keyof typeof FRENCH_ENUM_WORDS;

/** The French word for `code`, or the code itself when it has none (a value newer than this table). */
export function frenchWord(kind: EnumKind, code: string): string {
  return (FRENCH_ENUM_WORDS[kind] as Record<string, string>)[code] ?? code;
}
