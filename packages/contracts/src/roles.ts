import { z } from 'zod';

export const ROLES = ['admin', 'coordinator', 'legal_observer', 'lawyer', 'volunteer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that must use a second factor unless an administrator changes the rule. */
export const DEFAULT_MFA_REQUIRED_ROLES: readonly Role[] = ['admin', 'coordinator', 'lawyer'];
