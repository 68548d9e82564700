'use client';

import { useCallback, useRef, useState } from 'react';
import {
  canKeepLocally,
  importDraftKey,
  readSealed,
  removeSlot,
  writeSealed,
} from '@/lib/drafts/local-store';

/**
 * A form's encrypted copies on this device (lib/drafts/local-store.ts), under the session's key.
 * `open` imports the key once (false when nothing can be kept: no key, not a secure context); until
 * then writes are skipped. Writes and removals run in order, so an older copy can never land after a
 * newer one or after its removal. `localOk` turns false when the device cannot keep a copy.
 */
export function useDeviceCopy<V>(keyMaterial: string | null) {
  const key = useRef<CryptoKey | null>(null);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const [localOk, setLocalOk] = useState(true);

  /** Resolves once this write (and every one before it) is done. */
  const queue = useCallback((op: (cryptoKey: CryptoKey) => Promise<void> | void): Promise<void> => {
    const cryptoKey = key.current;
    if (!cryptoKey) return writes.current;
    writes.current = writes.current.then(() => op(cryptoKey)).catch(() => setLocalOk(false));
    return writes.current;
  }, []);

  const open = useCallback(async (): Promise<boolean> => {
    if (!keyMaterial || !canKeepLocally()) {
      setLocalOk(false);
      return false;
    }
    key.current ??= await importDraftKey(keyMaterial);
    return true;
  }, [keyMaterial]);

  const keep = useCallback(
    (slot: string, value: V) => queue((cryptoKey) => writeSealed(cryptoKey, slot, value)),
    [queue],
  );
  const drop = useCallback((slot: string) => queue(() => removeSlot(slot)), [queue]);
  const read = useCallback(
    async (slot: string): Promise<V | null> => (key.current ? readSealed<V>(key.current, slot) : null),
    [],
  );

  return { open, keep, drop, read, localOk };
}
