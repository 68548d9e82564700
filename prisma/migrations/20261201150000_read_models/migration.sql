
-- CreateTable
CREATE TABLE "incident_export_rows" (
    "incident_id" UUID NOT NULL,
    "act_types" TEXT,
    "act_types_en" TEXT,
    "forces" TEXT,
    "rio_shown" TEXT,
    "rio_numbers" TEXT,
    "officer_count" INTEGER NOT NULL,
    "vehicle_count" INTEGER NOT NULL,
    "vehicle_plates" TEXT,
    "victim_count" INTEGER NOT NULL,
    "victim_groups" INTEGER NOT NULL,
    "injured_acts" INTEGER NOT NULL,
    "medical_certificates" INTEGER NOT NULL,
    "items_seized" INTEGER NOT NULL,
    "items_destroyed" INTEGER NOT NULL,
    "items_damaged" INTEGER NOT NULL,
    "quote_count" INTEGER NOT NULL,
    "witness_count" INTEGER NOT NULL,
    "witnesses_willing" INTEGER NOT NULL,
    "follow_ups" TEXT,
    "file_count" INTEGER NOT NULL,
    "file_sha256" TEXT,

    CONSTRAINT "incident_export_rows_pkey" PRIMARY KEY ("incident_id")
);

-- CreateTable
CREATE TABLE "stock_item_totals" (
    "item_id" UUID NOT NULL,
    "on_hand" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stock_item_totals_pkey" PRIMARY KEY ("item_id")
);

-- CreateIndex
CREATE INDEX "stock_balances_item_id_expires_on_idx" ON "stock_balances"("item_id", "expires_on");

-- AddForeignKey
ALTER TABLE "incident_export_rows" ADD CONSTRAINT "incident_export_rows_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_item_totals" ADD CONSTRAINT "stock_item_totals_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The CSV export's child-derived cells of the given incidents, computed from their children (per
-- incident, by index) and upserted: the one definition used by the incident service (same transaction
-- as the children), the triggers below, this migration's back-fill and the benchmark generator. The
-- cells match the app-side writer (exports/csv-query.ts, csv-columns.ts); the export tests compare them.
CREATE FUNCTION incident_export_rows_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO incident_export_rows AS r (incident_id, act_types, act_types_en, forces, rio_shown, rio_numbers,
    officer_count, vehicle_count, vehicle_plates, victim_count, victim_groups, injured_acts, medical_certificates,
    items_seized, items_destroyed, items_damaged, quote_count, witness_count, witnesses_willing, follow_ups,
    file_count, file_sha256)
  SELECT i.id, at.codes, at.labels, fo.codes, p.rio_shown, p.rio_numbers, p.officer_count, p.vehicle_count,
    p.vehicle_plates, v.victim_count, v.victim_groups, a.injured_acts, a.medical_certificates, it.seized,
    it.destroyed, it.damaged, a.quote_count, w.witness_count, w.willing, f.follow_ups, e.file_count, e.file_sha256
  FROM incidents i
  -- An id without a term is written as itself, as the app-side writer does.
  CROSS JOIN LATERAL (
    SELECT string_agg(coalesce(t.code, u.x::text), '; ' ORDER BY u.o) AS codes,
           string_agg(coalesce(t.label_en, u.x::text), '; ' ORDER BY u.o) AS labels
    FROM unnest(i.act_type_ids) WITH ORDINALITY u(x, o) LEFT JOIN vocabulary_terms t ON t.id = u.x) at
  CROSS JOIN LATERAL (
    SELECT string_agg(coalesce(t.code, u.x::text), '; ' ORDER BY u.o) AS codes
    FROM unnest(i.force_ids) WITH ORDINALITY u(x, o) LEFT JOIN vocabulary_terms t ON t.id = u.x) fo
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE coalesce(injuries, '') <> '')::int AS injured_acts,
           count(*) FILTER (WHERE medical_certificate)::int AS medical_certificates,
           coalesce(sum(cardinality(quotes)), 0)::int AS quote_count
    FROM acts WHERE incident_id = i.id) a
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'seized'), 0)::int AS seized,
           coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'destroyed'), 0)::int AS destroyed,
           coalesce(sum(ai.count) FILTER (WHERE ai.fate = 'damaged'), 0)::int AS damaged
    FROM act_items ai JOIN acts x ON x.id = ai.act_id WHERE x.incident_id = i.id) it
  CROSS JOIN LATERAL (
    SELECT string_agg(rio_shown::text, '; ' ORDER BY id) AS rio_shown,
           string_agg(DISTINCT rio_number, '; ') AS rio_numbers,
           coalesce(sum(officer_count), 0)::int AS officer_count,
           coalesce(sum(vehicle_count), 0)::int AS vehicle_count,
           string_agg(array_to_string(vehicle_plates, '; '), '; ' ORDER BY id)
             FILTER (WHERE cardinality(vehicle_plates) > 0) AS vehicle_plates
    FROM perpetrators WHERE incident_id = i.id) p
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(count), 0)::int AS victim_count, count(*) FILTER (WHERE is_group)::int AS victim_groups
    FROM victims WHERE incident_id = i.id) v
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS witness_count, count(*) FILTER (WHERE willing_to_testify)::int AS willing
    FROM witnesses WHERE incident_id = i.id) w
  CROSS JOIN LATERAL (
    SELECT string_agg(concat_ws(' ', body::text, status::text, reference), '; ' ORDER BY date NULLS LAST, id) AS follow_ups
    FROM follow_ups WHERE incident_id = i.id) f
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS file_count, string_agg(sha256, '; ' ORDER BY uploaded_at, id) AS file_sha256
    FROM evidence_files WHERE incident_id = i.id) e
  WHERE i.id = ANY(ids)
  ON CONFLICT (incident_id) DO UPDATE SET act_types = EXCLUDED.act_types, act_types_en = EXCLUDED.act_types_en,
    forces = EXCLUDED.forces, rio_shown = EXCLUDED.rio_shown, rio_numbers = EXCLUDED.rio_numbers,
    officer_count = EXCLUDED.officer_count, vehicle_count = EXCLUDED.vehicle_count,
    vehicle_plates = EXCLUDED.vehicle_plates, victim_count = EXCLUDED.victim_count,
    victim_groups = EXCLUDED.victim_groups, injured_acts = EXCLUDED.injured_acts,
    medical_certificates = EXCLUDED.medical_certificates, items_seized = EXCLUDED.items_seized,
    items_destroyed = EXCLUDED.items_destroyed, items_damaged = EXCLUDED.items_damaged,
    quote_count = EXCLUDED.quote_count, witness_count = EXCLUDED.witness_count,
    witnesses_willing = EXCLUDED.witnesses_willing, follow_ups = EXCLUDED.follow_ups,
    file_count = EXCLUDED.file_count, file_sha256 = EXCLUDED.file_sha256
$$;

-- Every new incident gets its row whatever wrote it (the service, a bulk load, a test fixture), so the
-- export's inner join never drops one; children written in the same statement are seen (AFTER trigger).
CREATE FUNCTION incident_export_rows_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_export_rows_refresh(ARRAY(SELECT id FROM new_incidents));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_export_rows_new AFTER INSERT ON incidents
  REFERENCING NEW TABLE AS new_incidents FOR EACH STATEMENT EXECUTE FUNCTION incident_export_rows_new();

-- Evidence files are uploaded by the evidence feature, not the incident service: their cells follow here.
CREATE FUNCTION incident_export_rows_files() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_export_rows_refresh(ARRAY(
    SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.incident_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.incident_id END]) x WHERE x IS NOT NULL));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_export_rows_files AFTER INSERT OR DELETE OR UPDATE OF incident_id, sha256, uploaded_at
  ON evidence_files FOR EACH ROW EXECUTE FUNCTION incident_export_rows_files();

-- Act type labels (and codes) can be edited by an administrator: the rows naming the term follow.
CREATE FUNCTION incident_export_rows_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_export_rows_refresh(ARRAY(
    SELECT id FROM incidents WHERE act_type_ids @> ARRAY[NEW.id] OR force_ids @> ARRAY[NEW.id]));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_export_rows_terms AFTER UPDATE OF code, label_en ON vocabulary_terms
  FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.label_en IS DISTINCT FROM NEW.label_en)
  EXECUTE FUNCTION incident_export_rows_terms();

-- Back-fill: every existing incident.
SELECT incident_export_rows_refresh(ARRAY(SELECT id FROM incidents));

-- Back-fill: per-item stock totals as the sums of the balances.
INSERT INTO stock_item_totals (item_id, on_hand, reserved)
SELECT item_id, sum(on_hand)::int, sum(reserved)::int FROM stock_balances GROUP BY item_id;
