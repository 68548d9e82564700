import { forbidden, notFound, redirect } from 'next/navigation';
import type { ErrorCode } from '@vigil/contracts';
import type { z } from 'zod';
import { readApiToken } from '@/lib/auth/session-token';
import { apiBaseUrl } from '@/lib/env';
import { ApiError, toApiError } from './errors';
import { localiseDetails } from './localise-details';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiRequest<S extends z.ZodType> {
  method?: Method;
  body?: unknown;
  schema: S;
  /** Pages turn 403/404 into the forbidden and not-found pages; actions handle them as form errors. */
  context?: 'page' | 'action';
  /** Arrays become repeated parameters (?actTypeId=a&actTypeId=b), as the incident filter expects. */
  query?: Record<string, string | number | readonly string[] | undefined>;
  /** Extra request headers, e.g. an Idempotency-Key so that a retried create never duplicates. */
  headers?: Record<string, string>;
}

/** The login page drops the dead session cookie itself (see login-form). */
export const EXPIRED_PATH = '/login?reason=expired';
/** 401 codes that mean the session itself is gone (INTERNAL: a 401 whose body we could not read). */
const SESSION_GONE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INTERNAL',
]);
export const ENROL_PATH = '/account/two-factor/enrol';

function buildUrl(path: string, query: ApiRequest<z.ZodType>['query']): string {
  const url = new URL(`${apiBaseUrl()}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, String(item));
    else if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * Calls the API as the signed-in user and decodes the answer with the shared contract.
 * A 401 UNAUTHENTICATED / SESSION_EXPIRED means the session was revoked or expired: the user is sent
 * back to the login page, which is how a revoked session is thrown out on its very next request.
 */
export async function api<S extends z.ZodType>(path: string, request: ApiRequest<S>): Promise<z.output<S>> {
  const token = await readApiToken();
  if (!token) redirect('/login');
  const headers: Record<string, string> = {
    ...request.headers,
    accept: 'application/json',
    authorization: `Bearer ${token}`,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, request.query), {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(503, 'SERVICE_UNAVAILABLE', 'The API cannot be reached');
  }

  if (!response.ok) {
    const error = await toApiError(response);
    // Only these mean the session is gone; a 401 TOTP_INVALID or INVALID_CREDENTIALS (a wrong code
    // or current password in a form) is an ordinary form error.
    if (response.status === 401 && SESSION_GONE.has(error.code)) redirect(EXPIRED_PATH);
    if (error.code === 'MFA_ENROLMENT_REQUIRED') redirect(ENROL_PATH);
    if (request.context === 'page' && response.status === 403) forbidden();
    if (request.context === 'page' && response.status === 404) notFound();
    throw await localiseDetails(error);
  }
  // 204 No Content (e.g. some DELETEs) has no body to decode.
  const json: unknown = response.status === 204 ? undefined : await response.json();
  return request.schema.parse(json);
}
