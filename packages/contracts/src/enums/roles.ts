export const ROLES = ['admin', 'coordinator', 'legal_observer', 'lawyer', 'volunteer', 'caseworker'] as const;
export type Role = (typeof ROLES)[number];
