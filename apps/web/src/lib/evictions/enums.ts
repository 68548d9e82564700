import type { EVICTION_STATUSES as EvictionStatuses, LEGAL_BASES as LegalBases } from '@vigil/contracts';
import { same } from '@/lib/incidents/enums';

/** Client-safe copies of the eviction enums (see lib/incidents/enums.ts for why). */
export const EVICTION_STATUS_VALUES = same<typeof EvictionStatuses>()(['draft', 'submitted', 'reviewed']);
export const LEGAL_BASIS_VALUES = same<typeof LegalBases>()(['order_shown', 'none_shown', 'unknown']);
