'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/field';
import { dayLabel, itemName } from '@/lib/supplies/names';
import type { SheetLine } from '@/lib/supplies/stocktake';

/**
 * The counting sheet: what the books say is at the location, without the expected figures (a blind
 * count is a truer one). A row left empty is not counted; type 0 for an item that is gone.
 */
export function StocktakeSheet({
  sheet,
  errors,
  onChange,
}: {
  sheet: SheetLine[];
  errors: Map<string, string>;
  onChange: (sheet: SheetLine[]) => void;
}) {
  const t = useTranslations('suppliesStocktake');
  const locale = useLocale();
  const update = (key: string, change: Partial<SheetLine>) =>
    onChange(sheet.map((line) => (line.key === key ? { ...line, ...change } : line)));
  if (sheet.length === 0) return <p className="text-ink-soft">{t('emptySheet')}</p>;
  return (
    <ol
      className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface"
      data-testid="stocktake-sheet"
    >
      {sheet.map((line, index) => {
        const id = `stocktake-${index}`;
        const error = errors.get(line.key);
        return (
          <li
            key={line.key}
            className="flex flex-col gap-2 p-3"
            data-testid="sheet-line"
            data-code={line.item.code}
          >
            <div className="flex items-center justify-between gap-3">
              <label htmlFor={`${id}-counted`} className="min-w-0 flex-1">
                <span className="font-semibold">{itemName(line.item, locale)}</span>
                <span className="block text-xs text-ink-soft">
                  <span dir="ltr">{line.item.code}</span>
                  {line.expiresOn && !line.added
                    ? ` · ${t('batchOf', { date: dayLabel(line.expiresOn, locale) })}`
                    : ''}
                  {line.added ? ` · ${t('addedRow')}` : ''}
                </span>
              </label>
              <input
                id={`${id}-counted`}
                inputMode="numeric"
                pattern="[0-9]*"
                autoComplete="off"
                value={line.counted}
                onChange={(event) => update(line.key, { counted: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className={`${CONTROL_CLASSES} w-24 text-end`}
                data-testid="sheet-count"
              />
            </div>
            {line.added && line.item.tracksExpiry ? (
              <div className="flex items-center gap-2">
                <label htmlFor={`${id}-expiresOn`} className="text-sm">
                  {t('expiresOn')}
                </label>
                <input
                  id={`${id}-expiresOn`}
                  type="date"
                  value={line.expiresOn}
                  onChange={(event) => update(line.key, { expiresOn: event.target.value })}
                  className={`${CONTROL_CLASSES} w-auto`}
                />
              </div>
            ) : null}
            {line.added ? (
              <div>
                <Button
                  variant="ghost"
                  onClick={() => onChange(sheet.filter((other) => other.key !== line.key))}
                >
                  {t('removeRow')}
                </Button>
              </div>
            ) : null}
            {error ? (
              <p id={`${id}-error`} className="text-sm font-medium text-danger" role="alert">
                {error}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
