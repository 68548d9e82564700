import type { distributionListResponseSchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { Tone } from '@/components/ui/badge';
import { queryFilter } from '@/lib/filters/query-filter';
import type { DistributionStatus } from '@vigil/contracts/enums';

export type DistributionRow = z.output<typeof distributionListResponseSchema>['distributions'][number];

/** The distribution list's filter in the URL: the keys of the API's list query. */
export const distributionFilter = queryFilter(
  [] as const,
  ['status', 'locationId', 'siteId', 'from', 'to'] as const,
);
export const DISTRIBUTION_PAGE_SIZE = 50;

export const STATUS_TONES: Record<DistributionStatus, Tone> = {
  planned: 'info',
  packed: 'warning',
  distributed: 'success',
  closed: 'neutral',
  cancelled: 'danger',
};
