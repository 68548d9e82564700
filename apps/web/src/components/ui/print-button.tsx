'use client';

import { Button } from './button';

/** Prints the record on the page; the print styles leave out the shell, forms and buttons. */
export function PrintButton({ label, testId }: { label: string; testId: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} data-testid={testId}>
      {label}
    </Button>
  );
}
