'use client';

import { useState, useTransition } from 'react';

type Page<R> = { rows: R[]; nextCursor: string | null } | { error: true };

/** A list shown one keyset page at a time: "load more" appends the next page under the same filter. */
export function useKeysetPages<R>(
  initialRows: R[],
  initialCursor: string | null,
  load: (cursor: string) => Promise<Page<R>>,
) {
  const [rows, setRows] = useState(initialRows);
  const [cursor, setCursor] = useState(initialCursor);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  const loadMore = () =>
    startTransition(async () => {
      if (!cursor) return;
      const result = await load(cursor).catch((): Page<R> => ({ error: true }));
      if ('error' in result) {
        setFailed(true);
        return;
      }
      setFailed(false);
      setRows((current) => [...current, ...result.rows]);
      setCursor(result.nextCursor);
    });

  return { rows, cursor, failed, pending, loadMore };
}
