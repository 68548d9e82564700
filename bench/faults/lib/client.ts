import { DEMO_PASSWORD } from '../../../prisma/seed/demo-users';
import { API_URL } from './api-child';

/** One request's fate as the client saw it; status 0 when no answer came (connection cut). */
export interface Outcome {
  status: number;
  code: string | null;
  retryAfter: string | null;
  body: unknown;
  startedAt: number;
  endedAt: number;
}

export const acknowledged = (outcome: Outcome) => outcome.status >= 200 && outcome.status < 300;

export async function call(
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Outcome> {
  const startedAt = Date.now();
  const form = body instanceof FormData;
  try {
    const res = await fetch(`${API_URL}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined && !form ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const parsed: unknown = await res.json().catch(() => null);
    const code = (parsed as { error?: { code?: string } } | null)?.error?.code ?? null;
    return {
      status: res.status,
      code,
      retryAfter: res.headers.get('retry-after'),
      body: parsed,
      startedAt,
      endedAt: Date.now(),
    };
  } catch {
    return { status: 0, code: null, retryAfter: null, body: null, startedAt, endedAt: Date.now() };
  }
}

/** A demo account's bearer token (demo accounts need no second factor). */
export async function login(email: string): Promise<string> {
  const res = await call(null, 'POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
  const token = (res.body as { token?: string } | null)?.token;
  if (res.status !== 200 || !token) throw new Error(`login of ${email} failed: ${res.status} ${res.code}`);
  return token;
}

/** A multipart upload of one file in the field `file`. */
export function uploadForm(bytes: Buffer, name: string, type = 'image/jpeg'): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return form;
}
