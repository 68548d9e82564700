import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

// The monorepo root: workspace packages (@vigil/contracts) live outside this app's folder.
const monorepoRoot = path.join(__dirname, '..', '..');

/**
 * Headers for every response. The Content-Security-Policy itself is set per request in
 * src/proxy.ts because it carries a fresh script nonce.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Invitation links carry a secret token in the path: never send URLs to other sites. Not
  // 'no-referrer': with it Chrome sends `Origin: null` on same-origin POSTs, and Next refuses every
  // Server Action (its CSRF check compares Origin with Host).
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
];

const nextConfig: NextConfig = {
  // Overridable so a second build (a local check beside a running server) does not overwrite the
  // chunks that server is serving.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  productionBrowserSourceMaps: false,
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  experimental: {
    // forbidden() + forbidden.tsx: a role that opens a page it may not use gets a 403 page.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
