-- Locks the stock of (item, location) pairs and reads their batches in one round trip.
-- Advisory locks are taken one by one in ascending id order, so two operations touching the same
-- pairs wait for each other but never deadlock. The read is a statement of its own, after the
-- locks: in READ COMMITTED it takes a new snapshot, so it sees every change committed by the
-- operations it waited for (a single plain statement would read a snapshot from before its locks).
CREATE FUNCTION stock_lock_batches(item_ids uuid[], location_ids uuid[], lock_ids bigint[])
RETURNS TABLE (item_id uuid, location_id uuid, expires_on date, on_hand int, reserved int)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  k bigint;
BEGIN
  FOREACH k IN ARRAY (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') FROM unnest(lock_ids) x) LOOP
    PERFORM pg_advisory_xact_lock(k);
  END LOOP;
  RETURN QUERY
    SELECT b.item_id, b.location_id, b.expires_on, b.on_hand, b.reserved
    FROM stock_balances b
    JOIN unnest(item_ids, location_ids) AS p(item_id, location_id)
      ON b.item_id = p.item_id AND b.location_id = p.location_id
    ORDER BY b.expires_on;
END
$$;
