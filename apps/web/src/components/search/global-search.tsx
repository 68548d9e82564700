'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { SearchIcon } from './search-icon';
import { moveActive, opensSearch } from './search-keys';
import { SearchResults, optionId } from './search-results';
import { type SearchState, type WireHit, useSearch } from './use-search';

const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform);
const noSubscription = () => () => undefined;

/**
 * The one search box of the app shell: a button in the header (an icon on phones) and the shortcuts
 * Ctrl+K / Cmd+K, or "/" when not typing in a field, open a modal panel (full screen on phones) with a
 * combobox and its grouped results. Arrows move through the results, Enter opens one, Escape closes.
 */
export function GlobalSearch() {
  const t = useTranslations('search');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-results`;
  const mac = useSyncExternalStore(noSubscription, onMac, () => false);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const state = useSearch(open ? text : '');
  // The first hit is active as soon as results arrive (Enter opens it); arrows move from there.
  const [moved, setMoved] = useState<{ results: SearchState; index: number } | null>(null);
  const groups = state.status === 'done' ? state.groups.filter((group) => group.hits.length > 0) : [];
  const hits = groups.flatMap((group) => group.hits);
  const active = moved?.results === state ? moved.index : hits.length > 0 ? 0 : -1;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!opensSearch(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.select();
    }
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(listboxId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, listboxId]);

  const choose = (hit: WireHit) => {
    setOpen(false);
    setText('');
    router.push(hit.path);
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setMoved({ results: state, index: moveActive(active, hits.length, event.key) });
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  };

  const status =
    state.status === 'done'
      ? hits.length > 0
        ? t('count', { count: hits.length })
        : t('none', { query: state.query })
      : t(state.status === 'short' ? 'tooShort' : state.status);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        data-testid="search-open"
        className="ms-auto flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md text-ink-soft hover:bg-muted sm:mx-auto sm:w-full sm:max-w-sm sm:justify-start sm:border sm:border-line sm:bg-page sm:px-3"
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only sm:flex-1 sm:text-start">{t('open')}</span>
        <kbd className="hidden rounded border border-line px-1.5 text-xs sm:inline" aria-hidden="true">
          {mac ? '⌘ K' : 'Ctrl K'}
        </kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={t('title')}
        onClose={() => setOpen(false)}
        onClick={(event) => event.target === dialog.current && setOpen(false)}
        data-testid="search-dialog"
        className="m-0 h-dvh max-h-none w-full max-w-none bg-surface p-0 text-ink backdrop:bg-black/50 sm:mx-auto sm:mt-[10vh] sm:h-auto sm:max-h-[80vh] sm:w-[min(40rem,calc(100vw-2rem))] sm:rounded-lg sm:border sm:border-line sm:shadow-xl"
      >
        <div className="flex max-h-[inherit] min-h-full flex-col sm:min-h-0">
          <div className="flex items-center gap-2 border-b border-line p-2">
            <label htmlFor={`${id}-input`} className="sr-only">
              {t('label')}
            </label>
            <SearchIcon className="ms-2 size-5 shrink-0 text-ink-soft" />
            <input
              ref={input}
              id={`${id}-input`}
              type="text"
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls={groups.length > 0 ? listboxId : undefined}
              aria-autocomplete="list"
              aria-activedescendant={active >= 0 ? optionId(listboxId, active) : undefined}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="go"
              maxLength={80}
              placeholder={t('placeholder')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onInputKey}
              data-testid="search-input"
              className="min-h-11 min-w-0 flex-1 bg-transparent px-2 text-base outline-none"
            />
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="min-h-11 rounded-md px-3 text-sm font-semibold hover:bg-muted"
            >
              {t('close')}
            </button>
          </div>
          <div className="flex-1 overflow-y-auto p-2">
            <p
              aria-live="polite"
              className="px-3 py-2 text-sm text-ink-soft"
              data-testid="search-status"
              data-state={state.status}
              data-query={state.status === 'done' ? state.query : undefined}
            >
              {status}
            </p>
            {groups.length > 0 && (
              <SearchResults
                id={listboxId}
                label={t('results')}
                groups={groups}
                active={active}
                onChoose={choose}
              />
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
