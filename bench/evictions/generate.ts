import pg from 'pg';

/** Observers who author the records: "mine" then matches about one record in twenty. */
export const BENCH_OBSERVERS = 20;
export const observerId = (n: number) => `00000000-0000-4000-8000-${String(0xe000 + n).padStart(12, '0')}`;
const REVIEWER_ID = '00000000-0000-4000-8000-00000000e0ff';

/**
 * Fills the database with `count` evictions at 200 sites over ten years, in bulk SQL: forces, typed
 * property, about ten observation-log entries per eviction (2% of them corrections of the entry
 * before), and an incident linked to one eviction in 25. Kept between runs; a database holding a
 * different number is refused (its append-only tables cannot be emptied).
 */
export async function generateEvictions(url: string, count: number, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, values: unknown[] = []) => {
    const started = Date.now();
    const result = await client.query(sql, values);
    log(
      `  ${label}: ${(result.rowCount ?? 0).toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  try {
    const existing = Number((await client.query('SELECT count(*) AS n FROM evictions')).rows[0].n);
    if (existing === count) return log(`${existing.toLocaleString('en')} evictions already present`);
    if (existing > 0) {
      // Append-only tables (the observation log, stock operations) refuse deletion: start afresh.
      throw new Error(
        `The benchmark database holds ${existing} evictions, not ${count}: delete .data/bench-evictions (or the database) and run again`,
      );
    }
    await step('users', USERS, [[...Array(BENCH_OBSERVERS).keys()].map(observerId), REVIEWER_ID]);
    await step('sites', SITES);
    await step('evictions', EVICTIONS, [
      count,
      [...Array(BENCH_OBSERVERS).keys()].map(observerId),
      REVIEWER_ID,
    ]);
    await step('forces', FORCES);
    await step('property', PROPERTY);
    await step('observation log', LOG_ENTRIES);
    await step('incidents linked to evictions', INCIDENTS);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

const USERS = `
INSERT INTO users (id, email, display_name, role, status, updated_at)
SELECT id, 'bench-observer-' || n || '@bench.vigil', 'Observer ' || n, 'legal_observer'::"Role", 'active'::"UserStatus", now()
FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n)
UNION ALL SELECT $2::uuid, 'bench-reviewer@bench.vigil', 'Reviewer', 'coordinator'::"Role", 'active'::"UserStatus", now()
ON CONFLICT DO NOTHING`;

/** 200 sites, most of them in Calais and Grande-Synthe; squats have an exact address. */
const SITES = `
INSERT INTO sites (id, name, type, commune, area, address, latitude, longitude, status, updated_at)
SELECT gen_random_uuid(),
       (ARRAY['Hôpital','Zone industrielle des Dunes','Virval','BMX','Fort Nieulay','Marck-Est','Puythouck',
              'Bois Dubrulle','Stade du Beau Marais','Pont de Coquelles','Rue des Verrotières','Lac du Puythouck',
              'Gare de Loon-Plage','Tioxide','Route de Gravelines'])[1 + g % 15] || ' ' || (1 + g / 15),
       CASE WHEN g % 5 = 0 THEN 'squat' WHEN g % 3 = 0 THEN 'informal_site' ELSE 'camp' END::"SiteType",
       CASE WHEN g % 20 < 11 THEN 'Calais' WHEN g % 20 < 17 THEN 'Grande-Synthe'
            ELSE (ARRAY['Coquelles','Marck','Loon-Plage','Dunkerque','Sangatte','Téteghem'])[1 + g % 6] END,
       'Area ' || (1 + g % 12),
       CASE WHEN g % 5 = 0 THEN g || ' rue de la Mer' END,
       CASE WHEN g % 5 = 0 THEN 50.9 + (g % 97) / 1000.0 END,
       CASE WHEN g % 5 = 0 THEN 1.8 + (g % 89) / 1000.0 END,
       (ARRAY['active','threatened','evicted','reoccupied'])[1 + g % 4]::"SiteStatus", now()
FROM generate_series(0, 199 - (SELECT count(*) FROM sites)) g`;

/**
 * Each site gets a share of the evictions that falls with its rank (rank^-0.4: the busiest camp is
 * evicted about every 34 hours for ten years, the quietest every ten days), spread evenly with some
 * jitter, at dawn (04:00–07:00 UTC). Legal basis: no order shown in most, an order in a quarter.
 */
const EVICTIONS = `
WITH ranked AS (
  SELECT id, row_number() OVER (ORDER BY commune, name) AS rank FROM sites
),
weights AS (SELECT id, rank, power(rank, -0.4) AS w FROM ranked),
plan AS (
  SELECT id AS site_id, rank, greatest(1, round($1 * w / sum(w) OVER ()))::int AS n FROM weights
),
fitted AS (
  -- Rounding leaves the total a few off: the busiest site absorbs the difference.
  SELECT site_id, CASE WHEN rank = 1 THEN n + $1 - sum(n) OVER () ELSE n END AS n FROM plan
),
raw AS (
  SELECT f.site_id, k, 87600.0 / f.n AS period_h, random() AS r1, random() AS r2, random() AS r3, random() AS r4
  FROM fitted f, generate_series(1, f.n) k
),
timed AS (
  SELECT raw.*, date_trunc('day', timestamptz '2016-11-01' + ((k + (r1 - 0.5) * 0.3) * period_h) * interval '1 hour')
         + interval '4 hours' + r2 * interval '3 hours' AS start_at,
         nextval('eviction_reference_seq') AS seq
  FROM raw
)
INSERT INTO evictions (id, reference, site_id, status, announced, start_at, end_at, bailiff_present, legal_basis,
  order_reference, people_affected, minors_affected, shelter_offered, shelter_accepted, id_checks, arrests,
  observers_present, observers_obstructed, told_to_stop_filming, author_id, reviewed_by_id, reviewed_at, updated_at)
SELECT gen_random_uuid(), 'EVC-' || extract(year FROM start_at) || '-' || lpad(seq::text, 6, '0'), site_id,
  (CASE WHEN r3 < 0.02 THEN 'draft' WHEN r3 < 0.10 THEN 'submitted' ELSE 'reviewed' END)::"EvictionStatus",
  r4 < 0.1, start_at, start_at + (45 + floor(r4 * 120)) * interval '1 minute', r3 > 0.7,
  (CASE WHEN r3 > 0.75 THEN 'order_shown' WHEN r3 > 0.6 THEN 'unknown' ELSE 'none_shown' END)::"LegalBasis",
  CASE WHEN r3 > 0.75 THEN 'TJ Boulogne ' || seq END,
  CASE WHEN r4 < 0.9 THEN 10 + floor(r1 * 250)::int END, CASE WHEN r4 < 0.6 THEN floor(r2 * 25)::int END,
  r4 < 0.3, CASE WHEN r4 < 0.3 THEN floor(r2 * 12)::int END, floor(r1 * 20)::int, floor(power(r2, 4) * 6)::int,
  1 + floor(r4 * 4)::int, r1 < 0.2, r2 < 0.15,
  ($2::uuid[])[1 + (seq % array_length($2::uuid[], 1))],
  CASE WHEN r3 >= 0.10 THEN $3::uuid END, CASE WHEN r3 >= 0.10 THEN start_at + interval '2 days' END, now()
FROM timed`;

/** CRS at most, police nationale at many, gendarmerie, PAF, contractors and bailiffs at some. */
const FORCES = `
INSERT INTO eviction_forces (id, eviction_id, force_id, unit, officer_count, vehicle_count)
SELECT gen_random_uuid(), e.id, t.id, f.unit_prefix || (1 + floor(random() * 60)),
       f.officers_min + floor(random() * f.officers_spread)::int, 1 + floor(random() * 8)::int
FROM evictions e
CROSS JOIN (VALUES ('crs', 0.85, 'CRS ', 10, 60), ('police_nationale', 0.4, 'DDSP ', 4, 20),
                   ('gendarmerie', 0.15, 'EGM ', 10, 40), ('paf', 0.05, 'PAF ', 2, 8),
                   ('contractor', 0.3, 'Team ', 2, 10), ('bailiff', 0.25, 'Étude ', 1, 2))
  AS f(code, probability, unit_prefix, officers_min, officers_spread)
JOIN vocabulary_terms t ON t.kind = 'force' AND t.code = f.code
-- A hash of the pair rather than random(): PostgreSQL would evaluate random() once per force.
WHERE abs(hashtext(e.id::text || f.code)) % 1000 < f.probability * 1000`;

const PROPERTY = `
INSERT INTO eviction_property (id, eviction_id, property_type_id, fate, count, collective_owned)
SELECT gen_random_uuid(), e.id, t.id,
       (CASE WHEN h < 60 THEN 'seized' WHEN h < 95 THEN 'destroyed' ELSE 'damaged' END)::"PropertyFate",
       1 + floor(random() * p.max_count)::int, random() < 0.3
FROM evictions e
CROSS JOIN (VALUES ('tents', 0.6, 40), ('sleeping_bags', 0.4, 60), ('blankets', 0.3, 80), ('tarps', 0.25, 20),
                   ('phones', 0.05, 5), ('documents', 0.03, 5), ('belongings', 0.3, 30))
  AS p(code, probability, max_count)
JOIN vocabulary_terms t ON t.kind = 'property_type' AND t.code = p.code
CROSS JOIN LATERAL (SELECT abs(hashtext(e.id::text || p.code)) % 100 AS h) fate
WHERE abs(hashtext(p.code || e.id::text)) % 1000 < p.probability * 1000`;

/**
 * 4 to 16 entries per eviction (ten on average: a million for 100,000 evictions), minutes apart,
 * entered a few minutes to a day later. Ids are derived from (eviction, position) so that a
 * correction can name the entry before it within the same statement; they carry the version-4 and
 * variant digits, or the API's response schema (z.uuid()) would refuse the eviction they belong to.
 */
const entryId = (key: string) =>
  `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;
const LOG_ENTRIES = `
WITH numbered AS (
  SELECT id, start_at, author_id, row_number() OVER (ORDER BY start_at, id) AS rn FROM evictions
)
INSERT INTO eviction_log_entries (id, eviction_id, observed_at, entered_at, author_id, text, corrects_id)
SELECT ${entryId('n.id::text || k')}, n.id, n.start_at + k * interval '4 minutes',
       n.start_at + k * interval '4 minutes' + (CASE WHEN k % 3 = 0 THEN 1440 ELSE 2 END) * interval '1 minute',
       n.author_id,
       CASE WHEN k > 1 AND (n.rn + k) % 50 = 0 THEN 'Correction: ' ELSE '' END ||
       (ARRAY['CRS vans arrive on the access road', 'Bailiff reads the order aloud', 'Asked for the order: none shown',
              'People told to leave within ten minutes', 'Tents loaded into the contractor''s skip',
              'Sleeping bags slashed and thrown away', 'Observers told to stop filming', 'ID checks at the exit',
              'Bus to a CAES offered; few accept', 'Two people taken away in a police van',
              'Phones and documents left on the ground', 'Site sealed with fencing'])[1 + (n.rn + k) % 12],
       CASE WHEN k > 1 AND (n.rn + k) % 50 = 0 THEN ${entryId('n.id::text || (k - 1)')} END
FROM numbered n, generate_series(1, 4 + ((n.rn * 7919) % 13)::int) k`;

const INCIDENTS = `
INSERT INTO incidents (id, reference, status, title, start_at, site_id, eviction_id, commune, source_type,
  author_id, updated_at)
SELECT gen_random_uuid(), 'INC-EVB-' || lpad(row_number() OVER ()::text, 7, '0'), 'submitted',
       'Violence during the eviction', e.start_at + interval '20 minutes', e.site_id, e.id, s.commune,
       'first_hand', e.author_id, now()
FROM evictions e JOIN sites s ON s.id = e.site_id
WHERE abs(hashtext(e.id::text)) % 25 = 0`;
