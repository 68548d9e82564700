-- The date index also carries what every reader's visibility test reads (status, author), so that an
-- export over a date range finds its incidents in the index alone instead of visiting their wide rows
-- (narrative, search vector): on a million incidents a one-year CSV export went from a scan of the
-- whole table to an index-only scan of a tenth of the index.
-- DropIndex
DROP INDEX "incidents_start_at_id_idx";

-- CreateIndex
CREATE INDEX "incidents_start_at_id_status_author_id_idx" ON "incidents"("start_at", "id", "status", "author_id");

