import type { Role } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import { hashPassword } from '../../apps/api/src/lib/passwords';

export const DEMO_PASSWORD = 'vigil-demo-2026';

/** One account per role. Display names are nicknames, as volunteers' usually are. */
export const DEMO_USERS: { email: string; displayName: string; role: Role; locale: string }[] = [
  { email: 'admin@demo.vigil', displayName: 'Ro (admin)', role: 'admin', locale: 'en' },
  { email: 'coordinator@demo.vigil', displayName: 'Camille', role: 'coordinator', locale: 'fr' },
  { email: 'observer@demo.vigil', displayName: 'Jo', role: 'legal_observer', locale: 'en' },
  { email: 'lawyer@demo.vigil', displayName: 'Maître Durand', role: 'lawyer', locale: 'fr' },
  { email: 'volunteer@demo.vigil', displayName: 'Kit', role: 'volunteer', locale: 'en' },
  { email: 'caseworker@demo.vigil', displayName: 'Nour', role: 'caseworker', locale: 'en' },
  // A second caseworker, so that "not assigned to this case" can be seen (and tested) in the demo.
  { email: 'caseworker2@demo.vigil', displayName: 'Lou', role: 'caseworker', locale: 'fr' },
];

// Pending invitations and a deactivated account, so the user administration screen looks lived-in.
const OTHER_USERS: { email: string; displayName: string; role: Role; status: 'invited' | 'deactivated' }[] = [
  { email: 'new.observer@demo.vigil', displayName: 'Sami', role: 'legal_observer', status: 'invited' },
  {
    email: 'summer.volunteer@demo.vigil',
    displayName: 'Alex (summer 2026)',
    role: 'volunteer',
    status: 'deactivated',
  },
];

export async function seedDemoUsers(db: DbOrTx): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.create({ data: { ...user, status: 'active', demoAccount: true, passwordHash } });
  }
  for (const user of OTHER_USERS) {
    await db.user.create({
      data: { ...user, demoAccount: true, passwordHash: user.status === 'invited' ? null : passwordHash },
    });
  }
}
