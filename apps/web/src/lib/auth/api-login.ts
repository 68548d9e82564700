import { errorResponseSchema, loginResponseSchema, type LoginResponse } from '@vigil/contracts';
import { apiBaseUrl } from '@/lib/env';

export interface LoginInput {
  email: string;
  password: string;
  totp?: string;
  userAgent?: string;
  forwardedFor?: string;
}

/**
 * Signs in against the API. Failures are thrown as Error(code) so next-auth hands the code to
 * the login form (signIn(...).error), which shows a message in the user's language.
 */
export async function loginAgainstApi(input: LoginInput): Promise<LoginResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  // The API records the device in the session list and rate-limits per client, not per dashboard.
  if (input.userAgent) headers['user-agent'] = input.userAgent;
  if (input.forwardedFor) headers['x-forwarded-for'] = input.forwardedFor;
  const body = { email: input.email, password: input.password, ...(input.totp ? { totp: input.totp } : {}) };

  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}/api/auth/login`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new Error('SERVICE_UNAVAILABLE');
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(json);
    throw new Error(parsed.success ? parsed.data.error.code : 'SERVICE_UNAVAILABLE');
  }
  return loginResponseSchema.parse(json);
}
