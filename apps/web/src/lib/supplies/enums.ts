/** People served by group: counts only, never who. */
export const SERVED_GROUPS = ['men', 'women', 'families', 'minors'] as const;
export type ServedGroup = (typeof SERVED_GROUPS)[number];
