import { isUuid, notFoundResponse } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

/** A case document's upload: the multipart body streams through to the API with the session's token. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return notFoundResponse();
  return passThrough(request, `/api/cases/${id}/documents`, { method: 'POST' });
}
