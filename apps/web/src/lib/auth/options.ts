import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { apiBaseUrl } from '@/lib/env';
import { loginAgainstApi } from './api-login';

/** Matches the API's absolute session lifetime: a seized laptop does not stay signed in for days. */
const TWELVE_HOURS = 12 * 60 * 60;

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const value: unknown = (headers as Record<string, unknown>)[name];
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/**
 * The address nearest to us in X-Forwarded-For: the one a reverse proxy appends, or the socket
 * address Next sets when the header is absent. Earlier entries are client claims and are dropped.
 * Without a reverse proxy a client can still send its own header, so the API should trust this only
 * as far as its TRUST_PROXY setting says.
 */
function lastHop(forwardedFor: string | undefined): string | undefined {
  return forwardedFor?.split(',').pop()?.trim() || undefined;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: TWELVE_HOURS },
  jwt: { maxAge: TWELVE_HOURS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Vigil',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
        totp: { label: 'Code', type: 'text' },
      },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) throw new Error('INVALID_CREDENTIALS');
        const result = await loginAgainstApi({
          email: credentials.email,
          password: credentials.password,
          totp: credentials.totp?.trim() || undefined,
          userAgent: headerValue(req.headers, 'user-agent'),
          forwardedFor: lastHop(headerValue(req.headers, 'x-forwarded-for')),
        });
        return {
          id: result.user.id,
          name: result.user.displayName,
          email: result.user.email,
          apiToken: result.token,
          locale: result.user.locale,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.apiToken = user.apiToken;
        token.locale = user.locale;
      }
      return token;
    },
    // Only the name and email reach the browser; the API token stays inside the encrypted cookie.
    session({ session, token }) {
      return { expires: session.expires, user: { name: token.name ?? null, email: token.email ?? null } };
    },
  },
  events: {
    // Signing out of the dashboard ends the API session too, so the token is dead even if copied.
    async signOut({ token }) {
      const apiToken = token?.apiToken;
      if (!apiToken) return;
      await fetch(`${apiBaseUrl()}/api/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiToken}` },
        cache: 'no-store',
      }).catch(() => undefined);
    },
  },
};
