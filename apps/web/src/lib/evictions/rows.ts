import type { evictionSummarySchema } from '@vigil/contracts';
import { evictionListResponseSchema } from '@vigil/contracts';
import { getFormatter } from 'next-intl/server';
import type { z } from 'zod';
import { api } from '@/lib/api/client';

type EvictionSummary = z.output<typeof evictionSummarySchema>;

/** One line of the eviction list, formatted on the server (the first page and "load more" alike). */
export interface EvictionRow {
  id: string;
  reference: string;
  site: { id: string; name: string; commune: string };
  when: string;
  /** "2 h 15 min", or null while it has no end time. */
  duration: string | null;
  status: EvictionSummary['status'];
  legalBasis: EvictionSummary['legalBasis'];
  peopleAffected: number | null;
  incidentCount: number;
}

export async function toEvictionRows(evictions: EvictionSummary[]): Promise<EvictionRow[]> {
  const format = await getFormatter();
  return evictions.map((e) => {
    const minutes = e.endAt ? Math.round((+e.endAt - +e.startAt) / 60_000) : null;
    return {
      id: e.id,
      reference: e.reference,
      site: e.site,
      when: format.dateTime(e.startAt, { dateStyle: 'medium', timeStyle: 'short' }),
      duration:
        minutes === null || minutes < 0
          ? null
          : minutes < 60
            ? format.number(minutes, { style: 'unit', unit: 'minute' })
            : format.number(Math.round(minutes / 6) / 10, {
                style: 'unit',
                unit: 'hour',
                maximumFractionDigits: 1,
              }),
      status: e.status,
      legalBasis: e.legalBasis,
      peopleAffected: e.peopleAffected,
      incidentCount: e.incidentCount,
    };
  });
}

/** One keyset page of the filtered list. */
export async function fetchEvictionPage(
  query: Record<string, string | string[] | number | undefined>,
  context: 'page' | 'action',
): Promise<{ rows: EvictionRow[]; nextCursor: string | null }> {
  const page = await api('/api/evictions', { schema: evictionListResponseSchema, query, context });
  return { rows: await toEvictionRows(page.evictions), nextCursor: page.nextCursor };
}
