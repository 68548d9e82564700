/** Set by the e2e globalSetup (fresh database, demo seed, API and built dashboard). */
export const WEB_URL = (process.env.E2E_WEB_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
export const API_URL = (process.env.E2E_API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');

export const DEMO_PASSWORD = 'vigil-demo-2026';

export const DEMO_EMAILS = {
  admin: 'admin@demo.vigil',
  coordinator: 'coordinator@demo.vigil',
  legal_observer: 'observer@demo.vigil',
  lawyer: 'lawyer@demo.vigil',
  volunteer: 'volunteer@demo.vigil',
  caseworker: 'caseworker@demo.vigil',
  caseworker2: 'caseworker2@demo.vigil',
} as const;

/** An address no other test (or run) uses, so tests never step on each other's accounts. */
export function uniqueEmail(label: string): string {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return `e2e-${label}-${suffix}@e2e.vigil`;
}
