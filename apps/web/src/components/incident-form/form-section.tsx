'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { FoldSection } from '@/components/ui/fold-section';

/** A new row's key: unique within the record, short (the API allows 40 characters). */
export function newKey(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A foldable part of the form ("Acts (2)"): folded while empty so that the essentials fit a phone
 * screen, open as soon as it holds something.
 */
export function FormSection({
  id,
  title,
  count,
  hint,
  addLabel,
  onAdd,
  children,
}: {
  id: string;
  title: string;
  count: number;
  hint?: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <FoldSection title={title} count={count} open={count > 0} testId={`section-${id}`}>
      <div className="flex flex-col gap-4 px-4 pb-4">
        {hint ? <p className="text-sm text-ink-soft">{hint}</p> : null}
        {children}
        <div>
          <Button variant="secondary" onClick={onAdd} data-testid={`add-${id}`}>
            {addLabel}
          </Button>
        </div>
      </div>
    </FoldSection>
  );
}

/** One row (an act, a victim…): a fieldset with its own remove button. */
export function RowCard({
  legend,
  onRemove,
  children,
  testId,
}: {
  legend: string;
  onRemove: () => void;
  children: ReactNode;
  testId: string;
}) {
  const t = useTranslations('incidentForm');
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-line-strong p-3" data-testid={testId}>
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
      <div>
        <Button variant="ghost" onClick={onRemove} className="text-danger">
          {t('remove', { what: legend })}
        </Button>
      </div>
    </fieldset>
  );
}

/** Replaces one row of a list, leaving the others untouched. */
export function patchAt<T>(rows: T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}
