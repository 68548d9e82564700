'use client';

import { useLocale, useTranslations } from 'next-intl';
import { TextField, useFieldError } from '@/components/incident-form/form-fields';
import { Button } from '@/components/ui/button';
import type { LineDraft } from '@/lib/supplies/lines';
import { itemName } from '@/lib/supplies/names';

/**
 * The item lines of a stock form: quantity (numeric keypad on phones) and, where it applies, the
 * expiry batch. Each control's id is its API path (lines.2.quantity), so a refusal lands beside it.
 */
export function LineRows({
  lines,
  onChange,
  expiry,
}: {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  /** 'receive': the batch received (required for items that track expiry); 'take': optional batch. */
  expiry: 'receive' | 'take' | 'none';
}) {
  const t = useTranslations('suppliesForms');
  const locale = useLocale();
  const linesError = useFieldError('lines');
  const update = (index: number, change: Partial<LineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));

  return (
    <div className="flex flex-col gap-2" data-testid="line-rows">
      {lines.length === 0 ? <p className="text-sm text-ink-soft">{t('noLines')}</p> : null}
      {linesError && lines.length === 0 ? (
        <p className="text-sm font-medium text-danger" role="alert">
          {linesError}
        </p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {lines.map((line, index) => (
          <li
            key={line.item.id}
            className="rounded-md border border-line bg-surface p-3"
            data-testid="line"
            data-code={line.item.code}
          >
            <LineHead
              line={line}
              index={index}
              locale={locale}
              onRemove={() => onChange(lines.filter((_, i) => i !== index))}
            />
            <div className="mt-2 grid grid-cols-2 gap-3">
              <TextField
                path={`lines.${index}.quantity`}
                label={t('quantity')}
                value={line.quantity}
                onChange={(quantity) => update(index, { quantity })}
                inputMode="numeric"
                pattern="[0-9]*"
                autoComplete="off"
              />
              {expiry !== 'none' && (expiry === 'take' || line.item.tracksExpiry !== false) ? (
                <TextField
                  path={`lines.${index}.expiresOn`}
                  type="date"
                  label={line.item.tracksExpiry ? t('expiresOn') : t('expiresOnOptional')}
                  value={line.expiresOn}
                  onChange={(expiresOn) => update(index, { expiresOn })}
                />
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function LineHead({
  line,
  index,
  locale,
  onRemove,
}: {
  line: LineDraft;
  index: number;
  locale: string;
  onRemove: () => void;
}) {
  const t = useTranslations('suppliesForms');
  const te = useTranslations('suppliesEnums');
  const itemError = useFieldError(`lines.${index}.itemId`);
  const lineError = useFieldError(`lines.${index}`);
  const error = itemError ?? lineError;
  const name = itemName(line.item, locale);
  return (
    <div className="flex items-start justify-between gap-2">
      <div>
        <p className="font-semibold">
          {index + 1}. {name}
        </p>
        <p className="text-xs text-ink-soft">
          <span dir="ltr">{line.item.code}</span> · {te(`unit.${line.item.unit}`)}
          {line.item.available !== undefined ? ` · ${t('availableN', { n: line.item.available })}` : ''}
        </p>
        {error ? (
          <p className="text-sm font-medium text-danger" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Button variant="ghost" onClick={onRemove} aria-label={t('removeLine', { name })}>
        ×
      </Button>
    </div>
  );
}
