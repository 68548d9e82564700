import { decode, type JWT } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { usesSecureCookies } from '@/lib/env';

export function sessionCookieName(): string {
  return usesSecureCookies() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/**
 * Reads next-auth's encrypted JWT cookie on the server. The API token inside it never reaches
 * browser JavaScript: the session callback leaves it out of what `useSession` sees.
 */
export async function readSessionJwt(): Promise<JWT | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const cookieStore = await cookies();
  const name = sessionCookieName();
  // next-auth splits cookies larger than 4 kB into name.0, name.1, ...
  const raw =
    cookieStore.get(name)?.value ??
    cookieStore
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()))
      .map((cookie) => cookie.value)
      .join('');
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret });
  } catch {
    return null;
  }
}

export async function readApiToken(): Promise<string | null> {
  const jwt = await readSessionJwt();
  return jwt?.apiToken ?? null;
}
