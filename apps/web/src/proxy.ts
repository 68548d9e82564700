import { NextResponse, type NextRequest } from 'next/server';
import { tileSource } from '@/lib/sites/map';

/**
 * A fresh nonce per request lets Next's own inline scripts run while any injected script is
 * refused (no 'unsafe-inline' for scripts). Every page is rendered per request anyway: they all
 * depend on the session cookie.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const isDev = process.env.NODE_ENV === 'development';
  const isHttps = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  // The site map's tiles, only when a tile server is configured (none by default).
  const tiles = tileSource(process.env.VIGIL_MAP_TILE_URL);
  const directives = [
    "default-src 'self'",
    // React needs eval only in development, for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // Styles: inline style attributes from framework internals; CSS cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (isHttps) directives.push('upgrade-insecure-requests');
  const csp = directives.join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  // Behind TLS (which a reverse proxy terminates), browsers must never fall back to plain HTTP.
  if (isHttps) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
