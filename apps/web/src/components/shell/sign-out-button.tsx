'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { clearLocalDrafts } from '@/lib/drafts/local-store';

/**
 * next-auth's signOut; its signOut event ends the API session with the token before the cookie goes.
 * Forms kept on this device (encrypted, unsent) are deleted first: nothing outlives the session.
 */
export function SignOutButton({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={buttonClasses('secondary', 'w-full')}
      disabled={pending}
      aria-busy={pending || undefined}
      data-testid="sign-out"
      onClick={() => {
        setPending(true);
        clearLocalDrafts();
        void signOut({ callbackUrl: '/login?reason=signed_out' });
      }}
    >
      {label}
    </button>
  );
}
