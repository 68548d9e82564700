import { Prisma } from '@vigil/db';
import pg from 'pg';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { verifyAuditChain } from './audit-chain';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('chains every event and verifies after concurrent activity', async () => {
    await Promise.all(Array.from({ length: 8 }, () => signedIn(t.app, 'volunteer')));
    const report = await verifyAuditChain(t.app.db, 3);
    expect(report.broken).toBeNull();
    expect(report.checked).toBeGreaterThanOrEqual(8);
    const head = await t.app.db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    expect(report.headHash).toBe(head.lastHash);
  });

  it('refuses updates and deletes of audit rows, whatever the role of the code', async () => {
    await expect(t.app.db.auditEvent.updateMany({ data: { action: 'rewritten' } })).rejects.toBeInstanceOf(Error);
    await expect(t.app.db.auditEvent.deleteMany({})).rejects.toBeInstanceOf(Error);
    await expect(t.app.db.$executeRaw(Prisma.sql`TRUNCATE audit_events`)).rejects.toBeInstanceOf(Error);
    await expect(t.app.db.auditChainHead.update({ where: { id: 1 }, data: { lastHash: 'x' } })).rejects.toBeInstanceOf(Error);
  });

  it('finds the first broken link when someone with owner rights rewrites a row', async () => {
    const victim = await t.app.db.auditEvent.findFirstOrThrow({ orderBy: { id: 'asc' }, skip: 2 });
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    // Simulates an attacker with database ownership, who can switch triggers off.
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await client.query("UPDATE audit_events SET action = 'auth.nothing_happened' WHERE id = $1", [victim.id.toString()]);
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    await client.end();
    const report = await verifyAuditChain(t.app.db);
    expect(report.broken).toEqual({ id: victim.id.toString(), reason: 'content' });
  });

  it('lets administrators page through it, newest first, and records that they did', async () => {
    const admin = await signedIn(t.app, 'admin');
    const first = await api(t.app, admin.token).get('/api/admin/audit?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.events).toHaveLength(3);
    const second = await api(t.app, admin.token).get(`/api/admin/audit?limit=3&before=${first.body.nextCursor}`);
    expect(BigInt(second.body.events[0].id)).toBeLessThan(BigInt(first.body.events[2].id));
    expect((await api(t.app, admin.token).get('/api/admin/audit?limit=0')).status).toBe(400);
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, volunteer.token).get('/api/admin/audit')).status).toBe(403);
    expect(await t.app.db.auditEvent.count({ where: { action: 'audit.read', actorId: admin.user.id } })).toBe(2);
  });
});
