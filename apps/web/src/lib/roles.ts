import type { Role } from '@vigil/contracts';

/** Client-safe copy of ROLES (no zod in the browser); the type check keeps it complete. */
export const ROLE_OPTIONS = [
  'volunteer',
  'legal_observer',
  'caseworker',
  'lawyer',
  'coordinator',
  'admin',
] as const satisfies readonly Role[];
export type AllRolesListed = [Exclude<Role, (typeof ROLE_OPTIONS)[number]>] extends [never] ? true : never;
export const ALL_ROLES_LISTED: AllRolesListed = true;
