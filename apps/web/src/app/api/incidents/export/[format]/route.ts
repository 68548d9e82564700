import { notFoundResponse } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

const FORMATS = new Set(['csv', 'json']);

/** CSV or JSON export of the filtered incidents, streamed from the API (no row cap). */
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (!FORMATS.has(format)) return notFoundResponse();
  const query = new URL(request.url).searchParams;
  return passThrough(request, `/api/incidents/export.${format}`, { query });
}
