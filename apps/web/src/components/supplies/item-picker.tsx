'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { searchCatalogue, stockAt } from '@/app/(app)/supplies/search-actions';
import { CONTROL_CLASSES } from '@/components/ui/field';
import type { PickedItem } from '@/lib/supplies/lines';
import { itemName } from '@/lib/supplies/names';

export type PickerSource = { kind: 'catalogue' } | { kind: 'stock'; locationId: string };

type Found = { items: PickedItem[] } | { error: string };

const SHOW_ALL_UP_TO = 12;

/**
 * Finds an item to add as a line, thumb-sized on a phone: the catalogue searched as you type (stock
 * coming in), or what the chosen location holds, filtered as you type (stock going out).
 */
export function ItemPicker({
  source,
  onPick,
  exclude,
  idPrefix,
}: {
  source: PickerSource;
  onPick: (item: PickedItem) => void;
  exclude: readonly string[];
  idPrefix: string;
}) {
  const t = useTranslations('suppliesForms');
  const locale = useLocale();
  const listId = useId();
  const [q, setQ] = useState('');
  const [held, setHeld] = useState<Found | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const stockLocation = source.kind === 'stock' ? source.locationId : null;

  // Stock going out: the location's contents once, then filtered here.
  useEffect(() => {
    setHeld(null);
    if (!stockLocation) return;
    let live = true;
    void stockAt(stockLocation).then((result) => live && setHeld(result));
    return () => {
      live = false;
    };
  }, [stockLocation]);

  // Stock coming in: the catalogue asked a moment after typing stops.
  useEffect(() => {
    if (stockLocation) return;
    if (q.trim() === '') {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => void searchCatalogue(q).then((result) => live && setFound(result)), 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, stockLocation]);

  const result = stockLocation ? held : found;
  const needle = q.trim().toLocaleLowerCase();
  // A van's few items are listed at once; a warehouse's shelf waits for a few letters.
  const listAll = result !== null && 'items' in result && result.items.length <= SHOW_ALL_UP_TO;
  const items =
    result && 'items' in result
      ? result.items.filter(
          (item) =>
            !exclude.includes(item.id) &&
            (!stockLocation ||
              (needle === ''
                ? listAll
                : `${item.code} ${itemName(item, locale)}`.toLocaleLowerCase().includes(needle))),
        )
      : [];

  return (
    <div className="flex flex-col gap-2" data-testid="item-picker">
      <label htmlFor={`${idPrefix}-item-search`} className="text-sm font-semibold text-ink">
        {stockLocation ? t('pickFromStock') : t('searchCatalogue')}
      </label>
      <input
        id={`${idPrefix}-item-search`}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        aria-controls={listId}
        className={CONTROL_CLASSES}
      />
      {result && 'error' in result ? <p className="text-sm text-danger">{t('searchFailed')}</p> : null}
      {stockLocation && held === null ? <p className="text-sm text-ink-soft">{t('loadingStock')}</p> : null}
      {result && 'items' in result && items.length === 0 && (needle !== '' || (stockLocation && listAll)) ? (
        <p className="text-sm text-ink-soft">{stockLocation ? t('nothingInStock') : t('noMatch')}</p>
      ) : null}
      <ul id={listId} className="flex max-h-72 flex-col gap-1 overflow-y-auto" aria-live="polite">
        {items.slice(0, 30).map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => {
                onPick(item);
                setQ('');
              }}
              data-testid="item-result"
              data-code={item.code}
              className="flex min-h-11 w-full items-center justify-between gap-3 rounded-md border border-line bg-surface px-3 py-2 text-start hover:bg-muted focus-visible:outline-3 focus-visible:outline-focus"
            >
              <span>
                <span className="font-semibold">{itemName(item, locale)}</span>{' '}
                <span className="text-xs text-ink-soft" dir="ltr">
                  {item.code}
                </span>
              </span>
              {item.available !== undefined ? (
                <span className="text-sm whitespace-nowrap text-ink-soft">
                  {t('availableN', { n: item.available })}
                </span>
              ) : (
                <span aria-hidden="true" className="text-lg font-bold text-brand">
                  +
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
