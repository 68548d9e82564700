import type { ExportLanguage } from '@vigil/contracts';
import { CSV_COLUMNS } from './csv-columns';
import { EVICTION_CSV_COLUMNS } from './eviction-csv-sql';

type Headings<C extends readonly string[]> = Record<C[number], string>;

/**
 * French header rows, column for column: the English header row is the columns' machine names
 * (documented, what scripts key on); `lang=fr` swaps only the wording, never the order or the count.
 * No heading holds a comma, a quote or a line break, so the row needs no quoting.
 */
const INCIDENT_FR: Headings<typeof CSV_COLUMNS> = {
  id: 'id',
  reference: 'référence',
  status: 'statut de la fiche',
  title: 'titre',
  start_at: 'début',
  end_at: 'fin',
  date_precision: 'précision de la date',
  site: 'lieu de vie',
  commune: 'commune',
  place_text: 'lieu (texte)',
  latitude: 'latitude',
  longitude: 'longitude',
  coordinate_precision_m: 'précision des coordonnées (m)',
  source_type: 'type de source',
  source_reliability: 'fiabilité de la source',
  verification_status: 'vérification',
  reviewed_at: 'relu le',
  act_types: 'types d’actes (codes)',
  act_types_en: 'types d’actes (libellés)',
  forces: 'forces (codes)',
  units: 'unités',
  rio_shown: 'RIO visible',
  rio_numbers: 'numéros RIO',
  officer_count: 'nombre d’agents',
  vehicle_count: 'nombre de véhicules',
  vehicle_plates: 'plaques des véhicules',
  victim_count: 'nombre de victimes',
  victim_groups: 'groupes de victimes',
  victim_flags: 'particularités des victimes',
  injured_acts: 'actes avec blessures',
  medical_certificates: 'certificats médicaux',
  items_seized: 'biens saisis',
  items_destroyed: 'biens détruits',
  items_damaged: 'biens endommagés',
  quote_count: 'citations',
  witness_count: 'témoins',
  witnesses_willing_to_testify: 'témoins prêts à témoigner',
  witness_contacts: 'contacts des témoins',
  follow_ups: 'suites données (codes)',
  follow_up_statuses: 'état des suites',
  file_count: 'nombre de fichiers',
  file_sha256: 'SHA-256 des fichiers',
  narrative: 'récit',
  version: 'version',
  updated_at: 'modifié le',
};

const EVICTION_FR: Headings<typeof EVICTION_CSV_COLUMNS> = {
  id: 'id',
  reference: 'référence',
  status: 'statut de la fiche',
  site: 'lieu de vie',
  commune: 'commune',
  site_area: 'secteur',
  site_address: 'adresse',
  latitude: 'latitude',
  longitude: 'longitude',
  start_at: 'début',
  end_at: 'fin',
  announced: 'annoncée',
  announced_how: 'annoncée comment',
  bailiff_present: 'huissier présent',
  other_actors: 'autres acteurs',
  legal_basis: 'base légale présentée',
  order_reference: 'référence de la décision',
  people_affected: 'personnes touchées',
  minors_affected: 'mineur·es touché·es',
  shelter_offered: 'mise à l’abri proposée',
  shelter_where: 'mise à l’abri où',
  shelter_accepted: 'mise à l’abri acceptée (personnes)',
  id_checks: 'contrôles d’identité',
  arrests: 'interpellations',
  observers_present: 'observateur·ices présent·es',
  observers_obstructed: 'observateur·ices entravé·es',
  observers_detained: 'observateur·ices retenu·es',
  told_to_stop_filming: 'sommé·es d’arrêter de filmer',
  forces: 'forces (codes)',
  units: 'unités',
  officer_count: 'nombre d’agents',
  vehicle_count: 'nombre de véhicules',
  property_seized: 'biens saisis',
  property_destroyed: 'biens détruits',
  property_damaged: 'biens endommagés',
  property: 'biens (détail)',
  log_entries: 'entrées du journal',
  log_corrections: 'corrections du journal',
  linked_incidents: 'incidents liés',
  file_count: 'nombre de fichiers',
  file_sha256: 'SHA-256 des fichiers',
  notes: 'notes',
  reviewed_at: 'relu le',
  version: 'version',
  updated_at: 'modifié le',
};

function machineNames<C extends string>(columns: readonly C[]): Record<C, string> {
  const names = {} as Record<C, string>;
  for (const column of columns) names[column] = column;
  return names;
}

/** The incident CSV's heading of each column, in the export's language. */
export function incidentHeadings(lang: ExportLanguage): Headings<typeof CSV_COLUMNS> {
  return lang === 'fr' ? INCIDENT_FR : machineNames(CSV_COLUMNS);
}

/** The eviction CSV's heading of each column, in the export's language. */
export function evictionHeadings(lang: ExportLanguage): Headings<typeof EVICTION_CSV_COLUMNS> {
  return lang === 'fr' ? EVICTION_FR : machineNames(EVICTION_CSV_COLUMNS);
}

/** The header row as COPY … HEADER writes it (no heading needs quoting, see above). */
export function headerRow<C extends string>(columns: readonly C[], headings: Record<C, string>): string {
  return `${columns.map((c) => headings[c]).join(',')}\n`;
}
