export const EVICTION_STATUSES = ['draft', 'submitted', 'reviewed'] as const;
export const LEGAL_BASES = ['order_shown', 'none_shown', 'unknown'] as const;
export const EVICTION_SORTS = ['start_desc', 'start_asc'] as const;
