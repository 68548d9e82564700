import { readApiToken } from '@/lib/auth/session-token';
import { apiBaseUrl } from '@/lib/env';

/** Response headers worth passing on to the browser for a download. */
const FORWARDED = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-content-sha256',
  'repr-digest',
  'x-content-type-options',
];

function errorJson(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message, requestId: 'web' } }, { status });
}

/**
 * Route handlers that stand between the browser and the API for bodies too big for a Server Action
 * (evidence uploads, downloads, exports). The browser never holds the API token: it is read from the
 * session cookie here, on the server, and the bytes stream through without being buffered.
 */
export async function passThrough(
  request: Request,
  path: string,
  options: { method?: 'GET' | 'POST'; query?: URLSearchParams } = {},
): Promise<Response> {
  const method = options.method ?? 'GET';
  // Session cookies are SameSite=Lax, which already stops cross-site POSTs; checking Origin as well
  // costs nothing and covers older browsers.
  if (method !== 'GET' && !sameOrigin(request))
    return errorJson(403, 'FORBIDDEN', 'Cross-site request refused');
  const token = await readApiToken();
  if (!token) return errorJson(401, 'UNAUTHENTICATED', 'Sign in again');

  const url = new URL(`${apiBaseUrl()}${path}`);
  if (options.query) url.search = options.query.toString();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  const contentType = request.headers.get('content-type');
  const contentLength = request.headers.get('content-length');
  if (method !== 'GET' && contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && contentLength) headers['content-length'] = contentLength;

  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method,
      headers,
      body: method === 'GET' ? undefined : request.body,
      // Streams the request body as it arrives instead of reading it whole first.
      ...(method === 'GET' ? {} : { duplex: 'half' }),
      cache: 'no-store',
      signal: request.signal,
    } as RequestInit);
  } catch {
    return errorJson(503, 'SERVICE_UNAVAILABLE', 'The API cannot be reached');
  }

  const responseHeaders = new Headers({ 'cache-control': 'no-store' });
  for (const name of FORWARDED) {
    const value = upstream.headers.get(name);
    if (value) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
