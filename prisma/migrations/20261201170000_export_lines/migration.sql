-- CreateTable
CREATE TABLE "incident_export_lines" (
    "incident_id" UUID NOT NULL,
    "line" TEXT NOT NULL,

    CONSTRAINT "incident_export_lines_pkey" PRIMARY KEY ("incident_id")
);

-- AddForeignKey
ALTER TABLE "incident_export_lines" ADD CONSTRAINT "incident_export_lines_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One CSV field as COPY … (FORMAT csv) writes it: NULL as nothing; quoted (quotes doubled) when empty
-- or holding a quote, comma, CR or LF.
CREATE FUNCTION export_csv_field(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN v IS NULL THEN ''
              WHEN v = '' OR v ~ E'[",\\r\\n]' THEN '"' || replace(v, '"', '""') || '"'
              ELSE v END
$$;

-- Free text as the app-side writer writes it (csv-columns.ts): empty as nothing, and a leading = + - @
-- tab or CR prefixed with a quote so that a spreadsheet never runs it as a formula.
CREATE FUNCTION export_csv_text(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT export_csv_field(NULLIF(CASE WHEN left(v, 1) IN ('=', '+', '-', '@', E'\t', E'\r') THEN '''' || v ELSE v END, ''))
$$;

-- A timestamp as JavaScript's toISOString() writes it, always in UTC (no instance or request setting).
CREATE FUNCTION export_csv_iso(t timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT export_csv_field(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
$$;

-- The redacted CSV line (columns of exports/csv-columns.ts, in order; coordinates and witness contacts
-- always empty) of the given incidents, from the incident, its site and its incident_export_rows row,
-- upserted. The export tests compare the file these lines make with the app-side writer's, cell by cell.
CREATE FUNCTION incident_export_lines_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO incident_export_lines AS l (incident_id, line)
  SELECT i.id, concat_ws(',',
    i.id::text, export_csv_text(i.reference), i.status::text, export_csv_text(i.title),
    export_csv_iso(i.start_at), export_csv_iso(i.end_at), i.date_precision::text, export_csv_text(s.name),
    export_csv_text(i.commune), export_csv_text(i.place_text), '', '', '',
    i.source_type::text, i.source_reliability::text, i.verification_status::text, export_csv_iso(i.reviewed_at),
    export_csv_text(x.act_types), export_csv_text(x.act_types_en), export_csv_text(x.forces),
    export_csv_text(array_to_string(i.units, '; ')), export_csv_field(x.rio_shown), export_csv_text(x.rio_numbers),
    x.officer_count::text, x.vehicle_count::text, export_csv_text(x.vehicle_plates),
    x.victim_count::text, x.victim_groups::text, export_csv_field(NULLIF(array_to_string(i.victim_flags, '; '), '')),
    x.injured_acts::text, x.medical_certificates::text, x.items_seized::text, x.items_destroyed::text,
    x.items_damaged::text, x.quote_count::text, x.witness_count::text, x.witnesses_willing::text, '',
    export_csv_text(x.follow_ups), export_csv_field(NULLIF(array_to_string(i.follow_up_statuses::text[], '; '), '')),
    x.file_count::text, export_csv_field(x.file_sha256), export_csv_text(i.narrative), i.version::text,
    export_csv_iso(i.updated_at)) || E'\n'
  FROM incidents i
  JOIN incident_export_rows x ON x.incident_id = i.id
  LEFT JOIN sites s ON s.id = i.site_id
  WHERE i.id = ANY(ids)
  ON CONFLICT (incident_id) DO UPDATE SET line = EXCLUDED.line
$$;

-- The line follows every write of its sources. incident_export_rows is written for every new incident
-- (its AFTER INSERT trigger) and every change of the children, votes or terms; the incident's own
-- columns and the site's name change without it. Statement triggers: bulk writes refresh in one go.
CREATE FUNCTION incident_export_lines_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_export_lines_refresh(ARRAY(SELECT incident_id FROM changed));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_export_lines_rows_inserted AFTER INSERT ON incident_export_rows
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_export_lines_changed();
CREATE TRIGGER incident_export_lines_rows_updated AFTER UPDATE ON incident_export_rows
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_export_lines_changed();

CREATE FUNCTION incident_export_lines_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_export_lines_refresh(ARRAY(SELECT id FROM changed));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_export_lines_incidents AFTER UPDATE ON incidents
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_export_lines_incidents();

CREATE FUNCTION incident_export_lines_site() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_export_lines_refresh(ARRAY(SELECT id FROM incidents WHERE site_id = NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_export_lines_site AFTER UPDATE OF name ON sites
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION incident_export_lines_site();

-- Back-fill: every existing incident.
SELECT incident_export_lines_refresh(ARRAY(SELECT incident_id FROM incident_export_rows));
