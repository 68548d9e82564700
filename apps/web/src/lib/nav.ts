import type { Permission, Role } from '@vigil/contracts';

/**
 * The one list of navigation entries. Each names the permission it needs; the shell shows an entry
 * only when can(role, permission) is true, and every page checks the same permission again on the
 * server. The e2e tests read this list too.
 */
export type NavId =
  | 'home'
  | 'incidents'
  | 'dossiers'
  | 'sites'
  | 'evictions'
  | 'supplies'
  | 'cases'
  | 'users'
  | 'settings'
  | 'audit';

export interface NavEntry {
  id: NavId;
  href: string;
  /** null: every signed-in user. */
  permission: Permission | null;
  group: 'work' | 'admin';
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { id: 'home', href: '/', permission: null, group: 'work' },
  { id: 'incidents', href: '/incidents', permission: 'incidents.read', group: 'work' },
  { id: 'dossiers', href: '/incidents/dossier', permission: 'reports.export', group: 'work' },
  // Volunteers read the registry (commune and area only) but no eviction records.
  { id: 'sites', href: '/sites', permission: 'sites.read', group: 'work' },
  { id: 'evictions', href: '/evictions', permission: 'evictions.read', group: 'work' },
  { id: 'supplies', href: '/supplies', permission: 'supplies.read', group: 'work' },
  { id: 'cases', href: '/cases', permission: 'cases.read', group: 'work' },
  { id: 'users', href: '/admin/users', permission: 'users.manage', group: 'admin' },
  { id: 'settings', href: '/admin/settings', permission: 'settings.manage', group: 'admin' },
  { id: 'audit', href: '/admin/audit', permission: 'audit.read', group: 'admin' },
];

/** `allowed` is `can` from @vigil/contracts, passed in so this module stays free of runtime imports. */
export function navFor(role: Role, allowed: (role: Role, permission: Permission) => boolean): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.permission === null || allowed(role, entry.permission));
}
