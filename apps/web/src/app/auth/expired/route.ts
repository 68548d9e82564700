import { NextResponse, type NextRequest } from 'next/server';
import { meResponseSchema } from '@vigil/contracts';
import { readApiToken, sessionCookieName } from '@/lib/auth/session-token';
import { apiBaseUrl, usesSecureCookies } from '@/lib/env';

const REASONS = new Set(['expired', 'signed_out', 'locked', 'signed_out_everywhere', 'password_changed']);

async function sessionStillValid(token: string): Promise<boolean> {
  try {
    const response = await fetch(`${apiBaseUrl()}/api/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    return response.ok && meResponseSchema.safeParse(await response.json()).success;
  } catch {
    // API unreachable: keep the cookie, the user is not signed out by an outage.
    return true;
  }
}

/**
 * The API answered 401: its session is gone (revoked, expired, emergency lock). Drop the dashboard's
 * cookie too and show the login page with the reason. A link to this route from elsewhere cannot
 * sign anybody out: a session the API still accepts is left alone.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const token = await readApiToken();
  if (token && (await sessionStillValid(token))) return redirectTo('/');

  const requested = request.nextUrl.searchParams.get('reason') ?? 'expired';
  const reason = REASONS.has(requested) ? requested : 'expired';
  const response = redirectTo(`/login?reason=${reason}`);
  const name = sessionCookieName();
  for (const cookie of request.cookies.getAll()) {
    if (cookie.name !== name && !cookie.name.startsWith(`${name}.`)) continue;
    // Same attributes as next-auth's cookie, or a __Secure- cookie would not be replaced.
    response.cookies.set(cookie.name, '', {
      maxAge: 0,
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: usesSecureCookies(),
    });
  }
  return response;
}

/** A relative Location keeps the browser on whatever host name it used to reach the dashboard. */
function redirectTo(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}
