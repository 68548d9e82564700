/** The keyboard side of the global search, kept free of React so that it can be tested alone. */

interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

interface Typeable {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Whether a key goes into a field: "/" must stay a slash there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as Typeable | null;
  if (!element?.tagName) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true;
}

/** Ctrl+K or Cmd+K anywhere; "/" alone when not typing in a field. */
export function opensSearch(event: KeyInput): boolean {
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) return true;
  return (
    event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)
  );
}

/** The option after an arrow key, wrapping round; -1 while there is none. */
export function moveActive(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return (current + 1) % count;
  if (key === 'ArrowUp') return current <= 0 ? count - 1 : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return current;
}

/** The search text as the API takes it: trimmed, at least 2 and at most 80 characters. */
export function searchableText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.length <= 80 ? trimmed : null;
}
