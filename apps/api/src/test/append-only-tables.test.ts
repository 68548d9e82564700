import { Prisma } from '@vigil/db';
import { type TestApp, buildTestApp } from './test-app';

/**
 * Row triggers refuse UPDATE and DELETE on the evidence trail (tested per feature); TRUNCATE skips
 * row triggers, so each of these tables also has a statement trigger.
 */
const APPEND_ONLY = [
  'audit_events',
  'custody_events',
  'eviction_log_entries',
  'incident_revisions',
  'site_status_changes',
  'stock_movements',
  'stock_operations',
];

describe('append-only tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  // CASCADE: the strongest form, which would also empty every table referencing this one.
  it.each(APPEND_ONLY)('%s refuses TRUNCATE', async (table) => {
    await expect(t.app.db.$executeRaw(Prisma.sql`TRUNCATE ${Prisma.raw(table)} CASCADE`)).rejects.toThrow(/is append-only: TRUNCATE/);
  });
});
