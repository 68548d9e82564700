'use client';

import type { SearchGroup, SearchHit } from '@vigil/contracts';
import { useEffect, useState } from 'react';
import { searchableText } from './search-keys';

/** A hit as it comes over the wire: the date is still ISO text. */
export type WireHit = Omit<SearchHit, 'at'> & { at: string | null };
export type WireGroup = Omit<SearchGroup, 'hits'> & { hits: WireHit[] };

export type SearchState =
  | { status: 'short' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'done'; query: string; groups: WireGroup[] };

/** Waits for a pause in typing before asking, so a word is one request rather than one per key. */
const PAUSE_MS = 200;

/**
 * The answers for the text in the box, through the dashboard's /api/search route handler. A newer
 * text cancels the request of an older one, so answers never arrive out of order.
 */
export function useSearch(text: string): SearchState {
  const query = searchableText(text);
  const [state, setState] = useState<SearchState>({ status: 'short' });

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: 'loading' });
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`search answered ${response.status}`);
        const body = (await response.json()) as { groups: WireGroup[] };
        setState({ status: 'done', query, groups: body.groups });
      } catch {
        if (!controller.signal.aborted) setState({ status: 'error' });
      }
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return query ? state : { status: 'short' };
}
