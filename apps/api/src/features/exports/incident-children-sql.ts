import { Prisma } from '@vigil/db';

/**
 * The child tables of the selected incidents, aggregated per incident for the CSV row (acts,
 * property, perpetrators, victims, witnesses, follow-ups, files): CTEs `a`, `it`, `p`, `v`, `w`, `f`,
 * `e`, keyed by incident_id. `selected(column)` is the SQL condition that an incident id column is in
 * the selection: a semi-join for a whole export (hash joins), an array test for one page (index
 * lookups).
 */
export function incidentChildAggregates(selected: (column: string) => string): Prisma.Sql {
  return Prisma.raw(`
    a AS (
      SELECT incident_id,
        count(*) FILTER (WHERE coalesce(injuries, '') <> '')::int AS injured_acts,
        count(*) FILTER (WHERE medical_certificate)::int AS medical_certificates,
        coalesce(sum(cardinality(quotes)), 0)::int AS quote_count
      FROM acts WHERE ${selected('incident_id')} GROUP BY incident_id
    ),
    it AS (
      SELECT x.incident_id,
        coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'seized'), 0)::int AS seized,
        coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'destroyed'), 0)::int AS destroyed,
        coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'damaged'), 0)::int AS damaged
      FROM act_items ai JOIN acts x ON x.id = ai.act_id
      WHERE ${selected('x.incident_id')} GROUP BY x.incident_id
    ),
    p AS (
      SELECT incident_id,
        string_agg(rio_shown::text, '; ' ORDER BY id) AS rio_shown,
        string_agg(DISTINCT rio_number, '; ') AS rio_numbers,
        coalesce(sum(officer_count), 0)::int AS officer_count,
        coalesce(sum(vehicle_count), 0)::int AS vehicle_count,
        string_agg(array_to_string(vehicle_plates, '; '), '; ' ORDER BY id)
          FILTER (WHERE cardinality(vehicle_plates) > 0) AS vehicle_plates
      FROM perpetrators WHERE ${selected('incident_id')} GROUP BY incident_id
    ),
    v AS (
      SELECT incident_id, sum(count)::int AS victim_count, count(*) FILTER (WHERE is_group)::int AS victim_groups
      FROM victims WHERE ${selected('incident_id')} GROUP BY incident_id
    ),
    w AS (
      SELECT incident_id, count(*)::int AS witness_count,
        count(*) FILTER (WHERE willing_to_testify)::int AS willing,
        array_agg(alias ORDER BY id) AS aliases, array_agg(contact_enc ORDER BY id) AS contacts
      FROM witnesses WHERE ${selected('incident_id')} GROUP BY incident_id
    ),
    f AS (
      SELECT incident_id,
        string_agg(concat_ws(' ', body::text, status::text, reference), '; ' ORDER BY date NULLS LAST, id) AS follow_ups
      FROM follow_ups WHERE ${selected('incident_id')} GROUP BY incident_id
    ),
    e AS (
      SELECT incident_id, count(*)::int AS file_count, string_agg(sha256, '; ' ORDER BY uploaded_at, id) AS file_sha256,
        array_agg(id::text) AS file_ids
      FROM evidence_files WHERE ${selected('incident_id')} GROUP BY incident_id
    )`);
}

/** The joins of those CTEs (and the site) onto the selected incidents, aliased `alias`. */
export function incidentChildJoins(alias: string): Prisma.Sql {
  const on = (cte: string) => `LEFT JOIN ${cte} ON ${cte}.incident_id = ${alias}.id`;
  return Prisma.raw(
    [`LEFT JOIN sites s ON s.id = ${alias}.site_id`, ...['a', 'it', 'p', 'v', 'w', 'f', 'e'].map(on)].join(
      '\n    ',
    ),
  );
}
