-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "next_deadline_at" TIMESTAMPTZ(3);


-- The case list's orders other than latest activity. Open cases are what the list shows unless asked
-- for closed ones, so, like cases_open_updated_idx, these indexes hold open cases only and each walks
-- in its list's order (backwards for newest first) and stops after a page.
CREATE INDEX "cases_open_opened_idx" ON "cases" ("opened_at", "id") WHERE "status" <> 'closed';
-- Cases without an open deadline come last: 'infinity' stands for "none", in the index and the query.
CREATE INDEX "cases_open_next_deadline_idx" ON "cases" (coalesce("next_deadline_at", 'infinity'::timestamptz), "id")
  WHERE "status" <> 'closed';

-- next_deadline_at is the earliest open deadline of the case, whichever code path writes deadlines
-- (the API, imports; a restore replays rows with triggers off and brings the column with them).
-- Once per statement, over the cases it touched: a bulk insert of deadlines refreshes each case once.
-- A grouped min over a join, not "ORDER BY due_at LIMIT 1" per case: that form invites the planner to
-- walk case_deadlines_open_due_idx in date order hunting for the case, once per case. Dynamic SQL is
-- planned afresh on every run (no plan cached while the table was empty).
CREATE FUNCTION case_next_deadline_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT case_id FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT case_id FROM old_rows'
    ELSE 'SELECT case_id FROM new_rows UNION SELECT case_id FROM old_rows' END;
BEGIN
  EXECUTE 'UPDATE cases c SET next_deadline_at = n.due
    FROM (SELECT t.case_id, min(d.due_at) AS due
          FROM (' || touched || ') t
          LEFT JOIN case_deadlines d ON d.case_id = t.case_id AND d.done_at IS NULL
          GROUP BY t.case_id) n
    WHERE c.id = n.case_id AND c.next_deadline_at IS DISTINCT FROM n.due';
  RETURN NULL;
END $$;

-- Transition tables need one trigger per event (and no column list).
CREATE TRIGGER case_deadlines_next_deadline_insert AFTER INSERT ON case_deadlines
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_next_deadline_refresh();
CREATE TRIGGER case_deadlines_next_deadline_update AFTER UPDATE ON case_deadlines
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION case_next_deadline_refresh();
CREATE TRIGGER case_deadlines_next_deadline_delete AFTER DELETE ON case_deadlines
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_next_deadline_refresh();

UPDATE cases c SET next_deadline_at = d.due
FROM (SELECT case_id, min(due_at) AS due FROM case_deadlines WHERE done_at IS NULL GROUP BY case_id) d
WHERE d.case_id = c.id;
