import type { Check } from './integrity';

export const say = (line = '') => process.stdout.write(`${line}\n`);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Prints each check as PASS or FAIL with its figures; true when all passed. */
export function printChecks(checks: Check[]): boolean {
  for (const c of checks) say(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name} (${c.detail})`);
  const passed = checks.filter((c) => c.ok).length;
  say(`  checks passed: ${passed}/${checks.length}`);
  return passed === checks.length;
}

/** Counts of a list by a key, printed as "200: 12, 503: 4". */
export function tally<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return (
    [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ') || 'none'
  );
}
