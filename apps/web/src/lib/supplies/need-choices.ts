import { needListResponseSchema, needResponseSchema, type needSchema } from '@vigil/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api/client';
import { optional } from './fetch';
import { dayLabel } from './names';

type Need = z.output<typeof needSchema>;

/** Who asks: the site and its commune, or the partner. */
export function needAsker(need: Pick<Need, 'site' | 'partner'>): string {
  return need.site ? `${need.site.name} (${need.site.commune})` : (need.partner ?? '—');
}

/**
 * The needs a distribution may answer: the open ones, soonest first, and the one it answers now
 * even if it has been met since. Empty when needs cannot be read.
 */
export async function needChoices(
  current: string | null,
  locale: string,
  label: (who: string, date: string) => string,
): Promise<{ id: string; label: string }[]> {
  const [open, kept] = await Promise.all([
    optional(() =>
      api('/api/supplies/needs', { schema: needListResponseSchema, query: { status: 'open', limit: 200 } }),
    ),
    current ? optional(() => api(`/api/supplies/needs/${current}`, { schema: needResponseSchema })) : null,
  ]);
  const needs = open?.needs ?? [];
  if (kept && !needs.some((need) => need.id === kept.need.id)) needs.push(kept.need);
  return needs
    .sort((a, b) => a.neededBy.localeCompare(b.neededBy))
    .map((need) => ({ id: need.id, label: label(needAsker(need), dayLabel(need.neededBy, locale)) }));
}
