import { z } from 'zod';
import { ROLES, type Role } from './enums/roles';

export const roleSchema = z.enum(ROLES);

/** Roles that must use a second factor unless an administrator changes the rule. */
export const DEFAULT_MFA_REQUIRED_ROLES: readonly Role[] = ['admin', 'coordinator', 'lawyer', 'caseworker'];
