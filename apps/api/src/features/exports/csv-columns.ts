import type { ExportLanguage } from '@vigil/contracts';
import type { Disclosure } from '../incidents/incident-view';
import type { CsvSourceRow } from './csv-query';
import { type EnumKind, frenchWord } from './enum-words';

/**
 * One CSV row per incident. By default the headings are these stable English machine names
 * (documented in the README), which spreadsheets and scripts key on; `lang=fr` gives French headings
 * (csv-headings.ts) over the same columns. Vocabulary values are codes (`gas_in_face`, `crs`) plus
 * labels in the export's language (`act_types_en`, French labels under `lang=fr`); enum values are
 * codes in English, French words in French. The column set never changes with redaction or language;
 * redacted cells are empty.
 */
export const CSV_COLUMNS = [
  'id',
  'reference',
  'status',
  'title',
  'start_at',
  'end_at',
  'date_precision',
  'site',
  'commune',
  'place_text',
  'latitude',
  'longitude',
  'coordinate_precision_m',
  'source_type',
  'source_reliability',
  'verification_status',
  'reviewed_at',
  'act_types',
  'act_types_en',
  'forces',
  'units',
  'rio_shown',
  'rio_numbers',
  'officer_count',
  'vehicle_count',
  'vehicle_plates',
  'victim_count',
  'victim_groups',
  'victim_flags',
  'injured_acts',
  'medical_certificates',
  'items_seized',
  'items_destroyed',
  'items_damaged',
  'quote_count',
  'witness_count',
  'witnesses_willing_to_testify',
  'witness_contacts',
  'follow_ups',
  'follow_up_statuses',
  'file_count',
  'file_sha256',
  'narrative',
  'version',
  'updated_at',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const SEP = '; ';
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export type TermLabels = Map<string, { code: string; labelEn: string; labelFr: string }>;

/** A CSV row from the flattened query row, redacted by the export's disclosure. */
export function csvRow(
  r: CsvSourceRow,
  terms: TermLabels,
  disclosure: Disclosure,
  lang: ExportLanguage,
): CsvRow {
  const codes = (ids: string[]) => ids.map((id) => terms.get(id)?.code ?? id).join(SEP);
  const word = (kind: EnumKind, code: string) => (lang === 'fr' ? frenchWord(kind, code) : code);
  const words = (kind: EnumKind, values: string[]) => values.map((v) => word(kind, v)).join(SEP);
  const label = (id: string) => {
    const term = terms.get(id);
    return (lang === 'fr' ? term?.labelFr : term?.labelEn) ?? id;
  };
  const exact = disclosure.exactLocation;
  const contacts =
    disclosure.witnessContact && r.witness_contacts_enc
      ? r.witness_contacts_enc
          .map((sealed, i) =>
            sealed ? `${r.witness_aliases?.[i] ?? ''}: ${disclosure.witnessContact!(sealed)}` : null,
          )
          .filter(Boolean)
          .join(SEP)
      : null;
  return {
    id: r.id,
    reference: r.reference,
    status: word('incidentStatus', r.status),
    title: r.title,
    start_at: iso(r.start_at),
    end_at: iso(r.end_at),
    date_precision: word('datePrecision', r.date_precision),
    site: r.site,
    commune: r.commune,
    place_text: r.place_text,
    latitude: exact ? r.latitude : null,
    longitude: exact ? r.longitude : null,
    coordinate_precision_m: exact ? r.coordinate_precision_m : null,
    source_type: word('sourceType', r.source_type),
    source_reliability: word('sourceReliability', r.source_reliability),
    verification_status: word('verificationStatus', r.verification_status),
    reviewed_at: iso(r.reviewed_at),
    act_types: codes(r.act_type_ids),
    act_types_en: r.act_type_ids.map(label).join(SEP),
    forces: codes(r.force_ids),
    units: r.units.join(SEP),
    rio_shown: r.rio_shown && words('rioShown', r.rio_shown.split(SEP)),
    rio_numbers: r.rio_numbers,
    officer_count: r.officer_count,
    vehicle_count: r.vehicle_count,
    vehicle_plates: r.vehicle_plates,
    victim_count: r.victim_count,
    victim_groups: r.victim_groups,
    victim_flags: words('victimFlag', r.victim_flags),
    injured_acts: r.injured_acts,
    medical_certificates: r.medical_certificates,
    items_seized: r.items_seized,
    items_destroyed: r.items_destroyed,
    items_damaged: r.items_damaged,
    quote_count: r.quote_count,
    witness_count: r.witness_count,
    witnesses_willing_to_testify: r.witnesses_willing_to_testify,
    witness_contacts: contacts,
    follow_ups: r.follow_ups,
    follow_up_statuses: words('followUpStatus', r.follow_up_statuses),
    file_count: r.file_count,
    file_sha256: r.file_sha256,
    narrative: r.narrative,
    version: r.version,
    updated_at: iso(r.updated_at),
  };
}

// A cell a spreadsheet would run as a formula (=HYPERLINK(…), +cmd…): prefixed with a quote so that
// text typed by anyone in the field stays text on a lawyer's computer.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
