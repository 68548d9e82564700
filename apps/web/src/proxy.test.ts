import { NextRequest } from 'next/server';
import { proxy } from './proxy';

const directives = (csp: string | null) =>
  new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));

describe('the dashboard’s security headers', () => {
  const saved = process.env.NEXTAUTH_URL;
  afterEach(() => {
    process.env.NEXTAUTH_URL = saved;
  });

  it('allows scripts only by a fresh nonce, never inline, and forbids framing', () => {
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    const first = proxy(new NextRequest('http://localhost:3000/login'));
    const second = proxy(new NextRequest('http://localhost:3000/login'));
    const csp = directives(first.headers.get('content-security-policy'));
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.some((s) => s.startsWith("'nonce-"))).toBe(true);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(first.headers.get('content-security-policy')).not.toBe(second.headers.get('content-security-policy'));
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the dashboard is served over TLS', () => {
    process.env.NEXTAUTH_URL = 'https://vigil.example.org';
    const response = proxy(new NextRequest('https://vigil.example.org/'));
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
    expect(directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });
});
