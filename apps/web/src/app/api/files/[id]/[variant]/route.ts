import { isUuid, notFoundResponse } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

const VARIANTS = new Set(['working-copy', 'original']);

/** The working copy (thumbnails, viewing) or the untouched original (the API checks who may). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; variant: string }> },
) {
  const { id, variant } = await params;
  if (!isUuid(id) || !VARIANTS.has(variant)) return notFoundResponse();
  return passThrough(request, `/api/files/${id}/${variant}`);
}
