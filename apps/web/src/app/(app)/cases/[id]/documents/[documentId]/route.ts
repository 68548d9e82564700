import { isUuid, notFoundResponse } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

/** A case document's content, decrypted by the API (which checks the reader and audits the read). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; documentId: string }> },
) {
  const { id, documentId } = await params;
  if (!isUuid(id) || !isUuid(documentId)) return notFoundResponse();
  return passThrough(request, `/api/cases/${id}/documents/${documentId}/content`);
}
