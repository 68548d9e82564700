'use client';

import { useEffect, useState } from 'react';

const KEY = 'vigil.supplies.location';

/**
 * The location a volunteer last recorded at (their warehouse, their van), offered again next time.
 * Only the location's id is kept on the device, never what was recorded.
 */
export function useLocationChoice(initial: string, known: readonly { id: string }[]) {
  const [locationId, setLocationId] = useState(initial);
  useEffect(() => {
    if (initial) return;
    const saved = window.localStorage.getItem(KEY);
    if (saved && known.some((location) => location.id === saved)) setLocationId(saved);
  }, [initial, known]);
  const remember = (id: string) => {
    if (id) window.localStorage.setItem(KEY, id);
  };
  return [locationId, setLocationId, remember] as const;
}
