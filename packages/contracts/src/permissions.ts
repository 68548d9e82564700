import type { Role } from './enums/roles';

/**
 * Every action a route or screen can require. Deny by default: a role has exactly the permissions
 * listed for it in ROLE_PERMISSIONS, and a route that declares none does not boot.
 */
export const PERMISSIONS = [
  'users.manage',
  'instance.lock',
  'settings.manage',
  'audit.read',
  'vocabularies.manage',
  'incidents.read',
  'incidents.write',
  'incidents.review',
  'incidents.read_witness_contacts',
  'evidence.read_original',
  'sites.read',
  'sites.read_exact_location',
  'sites.write',
  'evictions.read',
  'evictions.write',
  'evictions.review',
  'supplies.read',
  'supplies.write',
  'supplies.stocktake',
  'cases.read',
  'cases.read_personal',
  'cases.write',
  'cases.manage_all',
  'reports.export',
  'reports.export_identities',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Routes either require a permission, any signed-in user ('authenticated'), or nobody ('public'). */
export type Access = Permission | 'authenticated' | 'public';

/**
 * The one permission table, read by the API's guards and the dashboard's navigation alike.
 * Need-to-know: administrators run the instance but see no casework; volunteers handle supplies only.
 * Casework permissions are further narrowed per record: caseworkers and lawyers reach only the cases
 * they are assigned to, and sensitivity flags narrow personal fields to named people.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    'users.manage',
    'instance.lock',
    'settings.manage',
    'audit.read',
    'vocabularies.manage',
    'incidents.read',
    'sites.read',
    'evictions.read',
    'supplies.read',
  ],
  coordinator: [
    'incidents.read',
    'incidents.write',
    'incidents.review',
    'incidents.read_witness_contacts',
    'evidence.read_original',
    'sites.read',
    'sites.read_exact_location',
    'sites.write',
    'evictions.read',
    'evictions.write',
    'evictions.review',
    'supplies.read',
    'supplies.write',
    'supplies.stocktake',
    'cases.read',
    'cases.read_personal',
    'cases.write',
    'cases.manage_all',
    'reports.export',
  ],
  legal_observer: [
    'incidents.read',
    'incidents.write',
    'sites.read',
    'evictions.read',
    'evictions.write',
    'supplies.read',
  ],
  lawyer: [
    'incidents.read',
    'incidents.review',
    'incidents.read_witness_contacts',
    'evidence.read_original',
    'sites.read',
    'evictions.read',
    'evictions.review',
    'cases.read',
    'cases.read_personal',
    'cases.write',
    'reports.export',
    'reports.export_identities',
  ],
  volunteer: ['sites.read', 'supplies.read', 'supplies.write'],
  // Sees only the cases assigned to them (record-level rule in the casework service).
  caseworker: ['sites.read', 'supplies.read', 'cases.read', 'cases.read_personal', 'cases.write'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Whether a user of this role passes a route's access declaration (signed-in users only). */
export function allows(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  return can(role, access);
}
