import { randomBytes } from 'node:crypto';
import { listLocalSlots, slotOf } from '@/lib/evictions/local-draft';
import {
  clearLocalDrafts,
  importDraftKey,
  listSlots,
  newIdempotencyKey,
  readSealed,
  slotName,
  writeSealed,
} from './local-store';

/** localStorage as the browser has it, in memory. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(name: string) {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    this.items.set(name, value);
  }
  removeItem(name: string) {
    this.items.delete(name);
  }
}

const sessionKey = () => importDraftKey(randomBytes(32).toString('base64'));

beforeEach(() => {
  Object.assign(globalThis, { localStorage: new MemoryStorage(), window: globalThis });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('device copies', () => {
  it('are stored encrypted and read back under the same session key', async () => {
    const key = await sessionKey();
    const slot = slotName('supplies', 'receipt.sup-1');
    await writeSealed(key, slot, { donor: 'Secours populaire', lines: [{ quantity: 25 }] });
    expect(localStorage.getItem(slot)).not.toContain('Secours');
    await expect(readSealed(key, slot)).resolves.toEqual({
      donor: 'Secours populaire',
      lines: [{ quantity: 25 }],
    });
  });

  it('die with the session: another key cannot read them, and the unreadable copy is deleted', async () => {
    const slot = slotName('supplies', 'receipt.sup-2');
    await writeSealed(await sessionKey(), slot, { donor: 'x' });
    await expect(readSealed(await sessionKey(), slot)).resolves.toBeNull();
    expect(localStorage.getItem(slot)).toBeNull();
  });

  it('are listed per store, eviction slots keeping their names', () => {
    localStorage.setItem(slotOf({ evictionId: 'e1', idempotencyKey: 'ev-1' }), '{}');
    localStorage.setItem(slotOf({ evictionId: null, idempotencyKey: 'ev-2' }), '{}');
    localStorage.setItem(slotName('supplies', 'distributionRecord.sup-3'), '{}');
    expect(localStorage.getItem('vigil.evictionDraft.id.e1')).toBe('{}');
    expect(listLocalSlots()).toEqual([
      { kind: 'id', ref: 'e1' },
      { kind: 'new', ref: 'ev-2' },
    ]);
    expect(listSlots('supplies')).toEqual(['distributionRecord.sup-3']);
  });

  it('all go at sign-out, whichever module wrote them, and nothing else does', () => {
    localStorage.setItem(slotName('eviction', 'id.e1'), '{}');
    localStorage.setItem(slotName('supplies', 'receipt.sup-4'), '{}');
    localStorage.setItem('vigil.supplies.location', 'warehouse-id');
    clearLocalDrafts();
    expect(listSlots('eviction')).toEqual([]);
    expect(listSlots('supplies')).toEqual([]);
    expect(localStorage.getItem('vigil.supplies.location')).toBe('warehouse-id');
  });

  it('use idempotency keys the API accepts', () => {
    const key = newIdempotencyKey('sup');
    expect(key).toMatch(/^sup-[0-9a-f]{32}$/);
    expect(newIdempotencyKey('sup')).not.toBe(key);
  });
});
