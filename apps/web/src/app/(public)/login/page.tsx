import { meResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { readApiToken } from '@/lib/auth/session-token';
import { apiBaseUrl } from '@/lib/env';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

const REASONS = [
  'expired',
  'signed_out',
  'locked',
  'signed_out_everywhere',
  'password_changed',
  'invite_accepted',
] as const;
type Reason = (typeof REASONS)[number];

function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

/** Only same-site paths: a crafted link must not bounce a fresh login to another site. */
function safeCallback(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return '/';
  return value;
}

/** 'none': no cookie; 'live': the API accepts it; 'dead': revoked or expired, to be dropped. */
async function sessionState(): Promise<'none' | 'live' | 'dead'> {
  const token = await readApiToken();
  if (!token) return 'none';
  const response = await fetch(`${apiBaseUrl()}/api/auth/me`, {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  }).catch(() => null);
  // API unreachable: neither reuse nor drop the cookie.
  if (response === null || response.status >= 500) return 'none';
  return response.ok && meResponseSchema.safeParse(await response.json()).success ? 'live' : 'dead';
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const session = await sessionState();
  if (session === 'live') redirect(safeCallback(params.callbackUrl));
  const reason = isReason(params.reason) ? params.reason : undefined;
  // next-auth sends failures of its own flows back here as ?error=CODE.
  const error = typeof params.error === 'string' ? params.error : undefined;
  return (
    <LoginForm
      reason={reason}
      initialError={error}
      callbackUrl={safeCallback(params.callbackUrl)}
      dropStaleSession={session === 'dead'}
    />
  );
}
