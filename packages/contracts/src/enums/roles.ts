export const ROLES = ['admin', 'coordinator', 'legal_observer', 'lawyer', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];
