/** Where the dashboard's server reaches the API. Never sent to the browser. */
export function apiBaseUrl(): string {
  const url = process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:4000';
  return url.replace(/\/+$/, '');
}

/** The public origin of the dashboard, used to build invitation links shown to admins. */
export function publicOrigin(fallback?: string | null): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  return fallback ?? 'http://localhost:3000';
}

/** Session cookies are marked Secure (and renamed __Secure-) when the dashboard is served over https. */
export function usesSecureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
}
