/**
 * Demo data for `npm start` on the embedded database (or `npm start -- --demo`). Each feature adds its
 * own seed module here. Runs once: a marker in instance_settings records that it ran.
 */
import { type Db, createDb } from '@vigil/db';
import { seedDemoUsers } from './demo-users';

const MARKER = 'demo_seeded_at';

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.instanceSetting.findUnique({ where: { key: MARKER } })) !== null;
}

export async function seedDemo(databaseUrl: string): Promise<boolean> {
  const db = createDb(databaseUrl, { max: 2 });
  try {
    if (await isSeeded(db)) return false;
    await db.$transaction(
      async (tx) => {
        await seedDemoUsers(tx);
        await tx.instanceSetting.create({ data: { key: MARKER, value: new Date().toISOString() } });
        await tx.auditEvent.create({ data: { action: 'demo.seeded', fields: [] } });
      },
      { timeout: 120_000 },
    );
    return true;
  } finally {
    await db.$disconnect();
  }
}

export { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
