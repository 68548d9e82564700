import type { Role } from '@vigil/contracts';
import { API_URL, DEMO_EMAILS, DEMO_PASSWORD, uniqueEmail } from './env';

export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** A bare API call, as a script or another device would make it (no dashboard in between). */
export async function apiCall<T>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const json = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok) {
    throw new ApiCallError(
      response.status,
      json?.error?.code,
      `${method} ${path} → ${response.status} ${json?.error?.code ?? ''} ${json?.error?.message ?? ''}`,
    );
  }
  return json as T;
}

export async function apiLogin(email: string, password: string): Promise<string> {
  const result = await apiCall<{ token: string }>('POST', '/api/auth/login', { body: { email, password } });
  return result.token;
}

export async function adminToken(): Promise<string> {
  return apiLogin(DEMO_EMAILS.admin, DEMO_PASSWORD);
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/** Creates an account through the admin API and sets its password through the invitation. */
export async function createActiveUser(role: Role, label: string): Promise<TestUser> {
  const token = await adminToken();
  try {
    const email = uniqueEmail(label);
    const created = await apiCall<{ user: { id: string }; invite: { token: string } }>(
      'POST',
      '/api/admin/users',
      {
        token,
        body: { email, displayName: `E2E ${label}`, role },
      },
    );
    const password = `e2e-password-${Math.random().toString(36).slice(2)}`;
    await apiCall('POST', '/api/auth/invites/accept', { body: { token: created.invite.token, password } });
    return { id: created.user.id, email, password, role };
  } finally {
    await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
  }
}
