import pg from 'pg';

/**
 * Fills the database with realistic incidents in bulk SQL: `count` incidents over ten years at 200
 * sites, each with an act, a victim group and a perpetrator, summary columns consistent with them.
 * Their rows in the export read model (incident_export_rows) are written by the incidents' AFTER INSERT
 * trigger at the end of each batch statement, children included; incidents generated before that
 * table existed were back-filled by its migration, which the benchmark applies on start.
 * Idempotent: it tops up to `count`.
 */
export async function generateIncidents(
  url: string,
  count: number,
  log: (line: string) => void,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = Number((await client.query('SELECT count(*) AS n FROM incidents')).rows[0].n);
    if (existing >= count) return log(`${existing} incidents already present`);
    await client.query(`
      INSERT INTO users (id, email, display_name, role, status, updated_at)
      VALUES ('00000000-0000-4000-8000-00000000b001', 'bench-observer@bench.vigil', 'Bench observer', 'legal_observer', 'active', now())
      ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO sites (id, name, type, commune, updated_at)
      SELECT gen_random_uuid(), 'Site ' || g, (ARRAY['camp','squat','informal_site','distribution_point'])[1 + g % 4]::"SiteType",
             (ARRAY['Calais','Grande-Synthe','Coquelles','Marck','Loon-Plage','Dunkerque','Téteghem','Sangatte'])[1 + g % 8], now()
      FROM generate_series(1, 200 - (SELECT count(*) FROM sites)) g`);
    const batch = 50_000;
    for (let done = existing; done < count; done += batch) {
      const n = Math.min(batch, count - done);
      const started = Date.now();
      await client.query('BEGIN');
      await client.query(GENERATE_BATCH, [n]);
      await client.query('COMMIT');
      log(`${done + n} / ${count} incidents (${((Date.now() - started) / 1000).toFixed(1)} s for ${n})`);
    }
    // As a long-lived database is: vacuumed (index-only scans need the visibility map) and analysed.
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

const GENERATE_BATCH = `
WITH acts AS (SELECT array_agg(id ORDER BY code) AS ids FROM vocabulary_terms WHERE kind = 'act_type' AND parent_id IS NOT NULL),
forces AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM vocabulary_terms WHERE kind = 'force'),
site_list AS (SELECT array_agg(id) AS ids, array_agg(commune) AS communes FROM sites),
raw AS (
  SELECT gen_random_uuid() AS id, nextval('incident_reference_seq') AS n, random() AS r1, random() AS r2, random() AS r3,
         random() AS r4, random() AS r5,
         timestamptz '2016-11-01' + random() * interval '3650 days' AS start_at
  FROM generate_series(1, $1)
),
rows AS (
  SELECT raw.*, acts.ids[1 + floor(r1 * array_length(acts.ids, 1))::int] AS act_type_id,
         forces.ids[1 + floor(power(r2, 3) * array_length(forces.ids, 1))::int] AS force_id,
         1 + floor(r3 * 200)::int AS site_index
  FROM raw, acts, forces
),
inserted AS (
  INSERT INTO incidents (id, reference, status, title, narrative, start_at, date_precision, site_id, commune, source_type,
    source_reliability, verification_status, author_id, act_type_ids, force_ids, units, rio_shown, victim_flags,
    follow_up_statuses, has_media, updated_at)
  SELECT r.id, 'INC-' || extract(year FROM r.start_at) || '-' || lpad(r.n::text, 7, '0'), 'submitted',
    (SELECT label_en FROM vocabulary_terms WHERE id = r.act_type_id) || ' at site ' || r.site_index,
    'Observed by the patrol: ' || (SELECT label_fr FROM vocabulary_terms WHERE id = r.act_type_id) || '. About ' || (5 + floor(r4 * 60)) || ' people present.',
    r.start_at, 'exact', s.ids[r.site_index], s.communes[r.site_index],
    (ARRAY['first_hand','first_hand','testimony','hearsay','media'])[1 + floor(r4 * 5)::int]::"SourceType",
    'usually_reliable', (ARRAY['unverified','unverified','corroborated','verified'])[1 + floor(r5 * 4)::int]::"VerificationStatus",
    '00000000-0000-4000-8000-00000000b001', ARRAY[r.act_type_id], ARRAY[r.force_id], ARRAY['Unit ' || (1 + floor(r2 * 60))],
    ARRAY[(ARRAY['no','no','not_seen','yes'])[1 + floor(r3 * 4)::int]::"RioShown"],
    CASE WHEN r4 < 0.25 THEN ARRAY['minor'] WHEN r4 < 0.35 THEN ARRAY['woman','family'] WHEN r4 < 0.4 THEN ARRAY['defender'] ELSE ARRAY[]::text[] END,
    CASE WHEN r5 < 0.05 THEN ARRAY['filed'::"FollowUpStatus"] ELSE ARRAY[]::"FollowUpStatus"[] END,
    r1 < 0.2, now()
  FROM rows r, site_list s
  RETURNING id, act_type_ids[1] AS act_type_id, force_ids[1] AS force_id, units[1] AS unit, rio_shown[1] AS rio, victim_flags
),
victims AS (
  INSERT INTO victims (id, incident_id, alias, is_group, count, minor, woman, family)
  SELECT gen_random_uuid(), id, 'Group', true, 10, 'minor' = ANY(victim_flags), 'woman' = ANY(victim_flags), 'family' = ANY(victim_flags)
  FROM inserted RETURNING id, incident_id
),
perps AS (
  INSERT INTO perpetrators (id, incident_id, force_id, unit, rio_shown, officer_count, vehicle_count)
  SELECT gen_random_uuid(), id, force_id, unit, rio, 8, 2 FROM inserted RETURNING id, incident_id
)
INSERT INTO acts (id, incident_id, act_type_id, description)
SELECT gen_random_uuid(), i.id, i.act_type_id, '' FROM inserted i
`;
