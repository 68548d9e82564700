import type { useFormatter } from 'next-intl';

type Formatter = ReturnType<typeof useFormatter>;

/**
 * A typical gap between evictions in words a lawyer can quote: "≈ 48 h" up to three days, then
 * "≈ 5 days". Hours are what the pattern is about ("evicted every 48 hours"), days read better beyond.
 */
export function intervalLabel(format: Formatter, hours: number | null): string | null {
  if (hours === null) return null;
  if (hours < 72)
    return `≈ ${format.number(Math.round(hours), { style: 'unit', unit: 'hour', unitDisplay: 'short' })}`;
  return `≈ ${format.number(Math.round(hours / 24), { style: 'unit', unit: 'day', unitDisplay: 'long' })}`;
}
