-- CreateIndex
CREATE INDEX "eviction_forces_force_id_eviction_id_idx" ON "eviction_forces"("force_id", "eviction_id");

-- CreateIndex
CREATE INDEX "evictions_author_id_start_at_idx" ON "evictions"("author_id", "start_at");


-- Append-only tables refuse UPDATE and DELETE row by row; TRUNCATE bypasses row triggers, so it is
-- refused by a statement trigger too (as for the audit log and the stock ledger).
CREATE TRIGGER eviction_log_entries_no_truncate BEFORE TRUNCATE ON eviction_log_entries
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER custody_events_no_truncate BEFORE TRUNCATE ON custody_events
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER incident_revisions_no_truncate BEFORE TRUNCATE ON incident_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER site_status_changes_no_truncate BEFORE TRUNCATE ON site_status_changes
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
