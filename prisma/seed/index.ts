/**
 * Demo data for `npm start` on the embedded database (or `npm start -- --demo`). Each feature adds its
 * own seed module here. Runs once: a marker in instance_settings records that it ran.
 */
import { type Db, createDb } from '@vigil/db';
import { wrappingKeysFromConfig } from '../../apps/api/src/features/casework/vault/data-keys';
import { CaseworkVault } from '../../apps/api/src/features/casework/vault/vault';
import { seedDemoCasework } from './demo-casework';
import { seedDemoEvictions } from './demo-evictions';
import { seedDemoIncidents } from './demo-incidents';
import { seedDemoSites } from './demo-sites';
import { seedDemoSupplies } from './demo-supplies';
import { type DEMO_USERS, seedDemoUsers } from './demo-users';

const MARKER = 'demo_seeded_at';

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.instanceSetting.findUnique({ where: { key: MARKER } })) !== null;
}

function actor(users: { id: string; email: string; role: string }[], email: string) {
  const user = users.find((u) => u.email === email)!;
  return {
    userId: user.id,
    role: user.role as (typeof DEMO_USERS)[number]['role'],
    sessionId: 'demo-seed',
    requestId: 'demo-seed',
  };
}

/** The keys the API runs with: casework data is sealed under the same CASEWORK_KEY (or MASTER_KEY). */
export type SeedKeys = Parameters<typeof wrappingKeysFromConfig>[0];

/** Seeds once; the incidents go through the incident service so every rule and audit entry applies. */
export async function seedDemo(databaseUrl: string, keys: SeedKeys): Promise<boolean> {
  const db = createDb(databaseUrl, { max: 4 });
  try {
    if (await isSeeded(db)) return false;
    await seedDemoUsers(db);
    const users = await db.user.findMany({ where: { demoAccount: true } });
    const sites = await seedDemoSites(db, actor(users, 'coordinator@demo.vigil').userId);
    await seedDemoIncidents(db, keys.MASTER_KEY, sites, {
      observer: actor(users, 'observer@demo.vigil'),
      lawyer: actor(users, 'lawyer@demo.vigil'),
      coordinator: actor(users, 'coordinator@demo.vigil'),
    });
    await seedDemoEvictions(
      db,
      sites,
      actor(users, 'observer@demo.vigil').userId,
      actor(users, 'coordinator@demo.vigil').userId,
    );
    await seedDemoSupplies(db, sites, {
      volunteer: actor(users, 'volunteer@demo.vigil'),
      coordinator: actor(users, 'coordinator@demo.vigil'),
    });
    const vault = new CaseworkVault(db, wrappingKeysFromConfig(keys));
    await vault.load();
    await seedDemoCasework(db, vault, {
      nour: actor(users, 'caseworker@demo.vigil').userId,
      lou: actor(users, 'caseworker2@demo.vigil').userId,
      coordinator: actor(users, 'coordinator@demo.vigil').userId,
      lawyer: actor(users, 'lawyer@demo.vigil').userId,
    });
    await db.instanceSetting.create({ data: { key: MARKER, value: new Date().toISOString() } });
    await db.auditEvent.create({ data: { action: 'demo.seeded', fields: [] } });
    return true;
  } finally {
    await db.$disconnect();
  }
}

export { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
