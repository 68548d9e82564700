import { isUuid } from '@/lib/api/ids';
import { passThrough } from '@/lib/api/passthrough';

/**
 * The API's A4 sheet of box labels with QR codes, streamed through the dashboard (the browser never
 * holds the API token). Takes `?id=…&id=…` from the labels page's checkboxes, or `?ids=a,b`.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const ids = [...url.searchParams.getAll('id'), ...(url.searchParams.get('ids') ?? '').split(',')]
    .map((id) => id.trim())
    .filter(isUuid);
  return passThrough(request, '/api/supplies/labels.pdf', {
    query: new URLSearchParams({ ids: ids.join(',') }),
  });
}
