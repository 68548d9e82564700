'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Under a keyset list: "load more" while there is a next page, else how many rows are shown. */
export function LoadMore({
  cursor,
  failed,
  pending,
  onLoadMore,
  labels,
}: {
  cursor: string | null;
  failed: boolean;
  pending: boolean;
  onLoadMore: () => void;
  labels: { failed: string; loading: string; loadMore: string; allShown: string };
}) {
  return (
    <>
      {failed ? <Alert tone="error">{labels.failed}</Alert> : null}
      {cursor ? (
        <div>
          <Button
            variant="secondary"
            onClick={onLoadMore}
            disabled={pending}
            aria-busy={pending || undefined}
            data-testid="load-more"
          >
            {pending ? labels.loading : labels.loadMore}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-ink-soft">{labels.allShown}</p>
      )}
    </>
  );
}
