import type { DbOrTx } from '@vigil/db';

/**
 * Collects the evidence files an export includes and writes one custody event ('exported') per file,
 * in batches, so that a large export adds a few inserts rather than one per row.
 */
export function custodyRecorder(
  db: DbOrTx,
  context: { actorId: string; requestId: string | null; note: string },
  batchSize = 500,
) {
  let pending: string[] = [];
  let written = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const fileIds = pending;
    pending = [];
    await db.custodyEvent.createMany({
      data: fileIds.map((fileId) => ({
        fileId,
        actorId: context.actorId,
        action: 'exported' as const,
        requestId: context.requestId,
        note: context.note,
      })),
    });
    written += fileIds.length;
  };
  return {
    async add(fileIds: string[]): Promise<void> {
      pending.push(...fileIds);
      if (pending.length >= batchSize) await flush();
    },
    flush,
    get written() {
      return written + pending.length;
    },
  };
}
