'use client';

import { Button } from '@/components/ui/button';

/** Prints the case summary; the print styles leave out navigation, forms and buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} data-testid="print-case">
      {label}
    </Button>
  );
}
