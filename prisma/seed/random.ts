/** A small seeded generator so that demo data is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const DAY_MS = 86_400_000;
/** The day the fixed demo timelines (sites, incidents, evictions) were written around. */
const DEMO_TODAY = Date.UTC(2026, 10, 25);

/**
 * A date of the demo timelines moved by whole days so that their last records fall on the eve of the
 * day the demo is seeded: the dashboard's "last 7 days" and "evictions today" are never empty, and
 * times of day and intervals (dawn evictions every 48 h) stay as written.
 */
export function demoDate(ms: number): number {
  const shiftDays = Math.round((Date.now() - DEMO_TODAY) / DAY_MS);
  return ms + shiftDays * DAY_MS;
}
