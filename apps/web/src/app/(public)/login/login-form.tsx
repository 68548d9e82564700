'use client';

import { signIn, signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { clearLocalDrafts } from '@/lib/drafts/local-store';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';

const KNOWN_ERRORS = [
  'INVALID_CREDENTIALS',
  'TOTP_INVALID',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'VALIDATION_FAILED',
] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];

function asKnown(code: string | null | undefined): KnownError | 'default' {
  return (KNOWN_ERRORS as readonly string[]).includes(code ?? '') ? (code as KnownError) : 'default';
}

interface LoginFormProps {
  reason?:
    'expired' | 'signed_out' | 'locked' | 'signed_out_everywhere' | 'password_changed' | 'invite_accepted';
  initialError?: string;
  callbackUrl: string;
  /** The cookie holds a session the API no longer accepts (revoked, expired, locked). */
  dropStaleSession: boolean;
}

/** Two steps: email and password, then (only when the API asks) a 2FA or recovery code. */
export function LoginForm({ reason, initialError, callbackUrl, dropStaleSession }: LoginFormProps) {
  const t = useTranslations('login');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(
    initialError === 'TOTP_REQUIRED' ? undefined : initialError,
  );
  const [pending, setPending] = useState(false);
  // Until React has taken over the form, typing and submitting would bypass it: a native submit
  // would put the password in the address bar. The controls stay disabled until then.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  // A server render cannot delete cookies, so the dead session's cookie is dropped from here, with
  // the eviction forms kept on the device under that session's key (no longer readable anyway).
  useEffect(() => {
    if (!dropStaleSession) return;
    clearLocalDrafts();
    void signOut({ redirect: false });
  }, [dropStaleSession]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', {
      redirect: false,
      email,
      password,
      totp: step === 'code' ? code : '',
    });
    if (result?.ok && !result.error) {
      // A full load so the new session's language and navigation are rendered by the server.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    const failure = result?.error ?? 'default';
    if (failure === 'TOTP_REQUIRED') {
      setStep('code');
      return;
    }
    if (failure === 'INVALID_CREDENTIALS') setStep('password');
    setError(failure);
  }

  return (
    <Card title={t('title')} as="h1">
      <form
        method="post"
        onSubmit={onSubmit}
        className="flex flex-col gap-4"
        noValidate
        data-testid="login-form"
        data-ready={ready || undefined}
      >
        {reason && !error ? (
          <Alert
            tone={reason === 'signed_out' || reason === 'invite_accepted' ? 'success' : 'warning'}
            testId="login-reason"
          >
            {t(`reasons.${reason}`)}
          </Alert>
        ) : null}
        {error ? (
          <div data-error-code={asKnown(error)}>
            <Alert tone="error" testId="login-error">
              {t(`errors.${asKnown(error)}`)}
            </Alert>
          </div>
        ) : null}
        <fieldset disabled={!ready} className="contents">
          {step === 'password' ? (
            <>
              <Input
                name="email"
                type="email"
                dir="ltr"
                label={t('email')}
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <Input
                name="password"
                type="password"
                label={t('password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </>
          ) : (
            <>
              <p className="text-ink" data-testid="totp-step">
                {t('codeIntro')}
              </p>
              <Input
                name="totp"
                label={t('code')}
                hint={t('codeHint')}
                autoComplete="one-time-code"
                inputMode="text"
                autoFocus
                required
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            </>
          )}
          <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
            {step === 'password' ? t('submit') : t('verify')}
          </Button>
          {step === 'code' ? (
            <Button
              variant="ghost"
              onClick={() => {
                setStep('password');
                setCode('');
                setError(undefined);
              }}
            >
              {t('back')}
            </Button>
          ) : (
            <p className="text-sm text-ink-soft">{t('forgotten')}</p>
          )}
        </fieldset>
      </form>
    </Card>
  );
}
