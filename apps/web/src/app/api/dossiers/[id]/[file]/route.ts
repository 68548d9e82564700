import { isUuid, notFoundResponse } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

const FILES = new Set(['pdf', 'manifest']);

/** A finished dossier's PDF or its signed manifest. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (!isUuid(id) || !FILES.has(file)) return notFoundResponse();
  return passThrough(request, `/api/dossiers/${id}/${file}`);
}
