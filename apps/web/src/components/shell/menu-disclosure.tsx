'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The user menu's <details>: native open/close for keyboards and screen readers, plus closing it
 * when the page changes, when a form inside is submitted, or on Escape.
 */
export function MenuDisclosure({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={ref}
      className="group relative"
      data-testid="user-menu"
      onSubmit={() => {
        if (ref.current) ref.current.open = false;
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      {summary}
      {children}
    </details>
  );
}
