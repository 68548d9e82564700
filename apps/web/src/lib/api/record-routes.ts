import { isUuid, notFoundResponse } from './ids';
import { passThrough } from './passthrough';

/** Records whose exports and evidence files pass through the dashboard to the API. */
type Resource = 'incidents' | 'evictions';

const FORMATS = new Set(['csv', 'json']);

/** A route handler streaming the API's CSV or JSON export of a filtered list (no row cap). */
export function exportRoute(resource: Resource) {
  return async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
    const { format } = await params;
    if (!FORMATS.has(format)) return notFoundResponse();
    const query = new URL(request.url).searchParams;
    return passThrough(request, `/api/${resource}/export.${format}`, { query });
  };
}

/** A route handler streaming an evidence upload to the API (files may be gigabytes). */
export function uploadRoute(resource: Resource) {
  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    if (!isUuid(id)) return notFoundResponse();
    return passThrough(request, `/api/${resource}/${id}/files`, { method: 'POST' });
  };
}
