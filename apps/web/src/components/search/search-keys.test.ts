import { isTypingTarget, moveActive, opensSearch, searchableText } from './search-keys';

const key = (k: string, extra: Partial<Parameters<typeof opensSearch>[0]> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...extra,
});

describe('global search keys', () => {
  it('opens on Ctrl+K, Cmd+K and "/" outside fields', () => {
    expect(opensSearch(key('k', { ctrlKey: true }))).toBe(true);
    expect(opensSearch(key('K', { metaKey: true }))).toBe(true);
    expect(opensSearch(key('/', { target: { tagName: 'BODY' } as unknown as EventTarget }))).toBe(true);
    expect(opensSearch(key('k'))).toBe(false);
    expect(opensSearch(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('leaves "/" to fields', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      const target = { tagName } as unknown as EventTarget;
      expect(isTypingTarget(target)).toBe(true);
      expect(opensSearch(key('/', { target }))).toBe(false);
    }
    const editable = { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget;
    expect(opensSearch(key('/', { target: editable }))).toBe(false);
    expect(opensSearch(key('k', { ctrlKey: true, target: editable }))).toBe(true);
  });

  it('moves through the options with arrows, wrapping round', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'Home')).toBe(0);
    expect(moveActive(0, 3, 'End')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  it('searches trimmed text of 2 to 80 characters', () => {
    expect(searchableText('  a ')).toBeNull();
    expect(searchableText(' ab ')).toBe('ab');
    expect(searchableText('x'.repeat(81))).toBeNull();
  });
});
