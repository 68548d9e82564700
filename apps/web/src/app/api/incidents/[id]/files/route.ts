import { isUuid, notFoundResponse } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

/** Evidence upload: the multipart body streams through to the API (files may be gigabytes). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return notFoundResponse();
  return passThrough(request, `/api/incidents/${id}/files`, { method: 'POST' });
}
