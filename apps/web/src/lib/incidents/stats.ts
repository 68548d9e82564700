import { incidentStatsResponseSchema, type IncidentStats } from '@vigil/contracts';
import { unstable_rethrow } from 'next/navigation';
import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';

/**
 * Counts for the chart and the dossier preview. A page still works without them (the list matters
 * more than the chart), so an API error or an unexpected answer gives null; Next's own redirects still pass through.
 */
export async function fetchStats(
  query: Record<string, string | readonly string[]>,
): Promise<{ stats: IncidentStats | null; error?: string }> {
  try {
    const { stats } = await api('/api/incidents/stats', {
      schema: incidentStatsResponseSchema,
      query,
      context: 'action',
    });
    return { stats };
  } catch (error) {
    // Redirects (expired session) and forbidden() must still reach Next.
    unstable_rethrow(error);
    return { stats: null, error: isApiError(error) ? error.code : 'INTERNAL' };
  }
}
