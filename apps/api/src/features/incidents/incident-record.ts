import type {
  Act,
  ActItem,
  EvidenceFile,
  FollowUp,
  Incident,
  Perpetrator,
  Victim,
  VocabularyTerm,
  Witness,
} from '@vigil/db';
import { fromJson, jsonArraySql, jsonObjectSql } from '../../lib/model-json';
import {
  ACT,
  ACT_ITEM,
  FILE,
  FOLLOW_UP,
  INCIDENT,
  PERPETRATOR,
  TERM,
  VICTIM,
  WITNESS,
} from './incident-record-fields';

type PersonRef = { id: string; displayName: string };
type ActRecord = Act & {
  actType: VocabularyTerm;
  victims: { victimId: string }[];
  perpetrators: { perpetratorId: string }[];
  items: (ActItem & { propertyType: VocabularyTerm })[];
};

/** Everything a detail view, an export or a dossier shows of an incident. */
export type IncidentRecord = Incident & {
  site: { id: string; name: string; commune: string } | null;
  author: PersonRef;
  reviewedBy: PersonRef | null;
  acts: ActRecord[];
  victims: Victim[];
  perpetrators: (Perpetrator & { force: VocabularyTerm })[];
  witnesses: Witness[];
  followUps: FollowUp[];
  files: EvidenceFile[];
};

const term = (alias: string, id: string) =>
  `(SELECT ${jsonObjectSql(alias, TERM)} FROM vocabulary_terms ${alias} WHERE ${alias}.id = ${id})`;
const person = (id: string) =>
  `(SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = ${id})`;

const ACTS = jsonArraySql(
  jsonObjectSql('a', ACT, {
    actType: term('at', 'a.act_type_id'),
    victims: jsonArraySql(
      `json_build_object('victimId', av.victim_id)`,
      'act_victims av WHERE av.act_id = a.id',
    ),
    perpetrators: jsonArraySql(
      `json_build_object('perpetratorId', ap.perpetrator_id)`,
      'act_perpetrators ap WHERE ap.act_id = a.id',
    ),
    items: jsonArraySql(
      jsonObjectSql('it', ACT_ITEM, { propertyType: term('pt', 'it.property_type_id') }),
      'act_items it WHERE it.act_id = a.id',
    ),
  }),
  'acts a WHERE a.incident_id = i.id',
  'a.position',
);

/**
 * Each incident with its relations as one JSON object, for a WHERE clause to follow. Child lists keep the order Prisma's include gave them: acts by position, files by upload
 * time, the others as stored.
 */
export const INCIDENT_RECORDS_SQL = `
  SELECT ${jsonObjectSql('i', INCIDENT, {
    site: `(SELECT json_build_object('id', s.id, 'name', s.name, 'commune', s.commune) FROM sites s WHERE s.id = i.site_id)`,
    author: person('i.author_id'),
    reviewedBy: person('i.reviewed_by_id'),
    acts: ACTS,
    victims: jsonArraySql(jsonObjectSql('v', VICTIM), 'victims v WHERE v.incident_id = i.id'),
    perpetrators: jsonArraySql(
      jsonObjectSql('p', PERPETRATOR, { force: term('f', 'p.force_id') }),
      'perpetrators p WHERE p.incident_id = i.id',
    ),
    witnesses: jsonArraySql(jsonObjectSql('w', WITNESS), 'witnesses w WHERE w.incident_id = i.id'),
    followUps: jsonArraySql(jsonObjectSql('fu', FOLLOW_UP), 'follow_ups fu WHERE fu.incident_id = i.id'),
    files: jsonArraySql(
      jsonObjectSql('ef', FILE),
      'evidence_files ef WHERE ef.incident_id = i.id',
      'ef.uploaded_at',
    ),
  })} AS record
  FROM incidents i`;

type Json = Record<string, unknown>;
const each = (value: unknown) => value as Json[];

/** One row of INCIDENT_RECORDS_SQL, typed as the record. */
export function incidentRecordOf(json: Json): IncidentRecord {
  return {
    ...fromJson(INCIDENT, json),
    site: json.site as IncidentRecord['site'],
    author: json.author as PersonRef,
    reviewedBy: json.reviewedBy as PersonRef | null,
    acts: each(json.acts).map((act) => ({
      ...fromJson(ACT, act),
      actType: fromJson(TERM, act.actType as Json),
      victims: act.victims as ActRecord['victims'],
      perpetrators: act.perpetrators as ActRecord['perpetrators'],
      items: each(act.items).map((item) => ({
        ...fromJson(ACT_ITEM, item),
        propertyType: fromJson(TERM, item.propertyType as Json),
      })),
    })),
    victims: each(json.victims).map((victim) => fromJson(VICTIM, victim)),
    perpetrators: each(json.perpetrators).map((p) => ({
      ...fromJson(PERPETRATOR, p),
      force: fromJson(TERM, p.force as Json),
    })),
    witnesses: each(json.witnesses).map((witness) => fromJson(WITNESS, witness)),
    followUps: each(json.followUps).map((followUp) => fromJson(FOLLOW_UP, followUp)),
    files: each(json.files).map((file) => fromJson(FILE, file)),
  };
}
