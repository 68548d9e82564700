import type { TestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { closeWorld, exportWorld } from '../exports/export-fixtures';
import { DOSSIER_EXPIRY_CRON, DOSSIER_EXPIRY_QUEUE } from './dossier-expiry';
import { download, waitForDossier } from './dossier-fixtures';

const DAY_MS = 86_400_000;

describe('dossier expiry', () => {
  let t: TestApp;
  let dir: string;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    ({ t, dir, lawyer } = await exportWorld('vigil-dossier-expiry-'));
  });
  afterAll(() => closeWorld({ t, dir }));

  const generate = async () => {
    const res = await api(t.app, lawyer.token).post('/api/dossiers').send({ query: 'status=submitted' });
    expect(res.status).toBe(202);
    return waitForDossier(t.app, lawyer.token, res.body.dossier.id);
  };

  /** Runs the scheduled job now, through the queue, and waits until `id` is expired. */
  const sweep = async (id: string) => {
    await t.app.jobs.send(DOSSIER_EXPIRY_QUEUE, {});
    for (let i = 0; i < 200; i += 1) {
      if ((await t.app.db.dossier.findUniqueOrThrow({ where: { id } })).status === 'expired') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the expiry job did not run');
  };

  it('sets expiresAt from DOSSIER_RETENTION_DAYS (30 by default) when a dossier is ready', async () => {
    const dossier = await generate();
    expect(dossier.status).toBe('ready');
    expect(Date.parse(dossier.expiresAt) - Date.parse(dossier.finishedAt)).toBe(30 * DAY_MS);
  });

  it('is scheduled with pg-boss', async () => {
    const rows = await t.app.db.$queryRaw<{ cron: string; timezone: string }[]>`
      SELECT cron, timezone FROM pgboss.schedule WHERE name = ${DOSSIER_EXPIRY_QUEUE}`;
    expect(rows).toEqual([{ cron: DOSSIER_EXPIRY_CRON, timezone: 'UTC' }]);
  });

  it('answers 410 once past expiresAt, then the job deletes the files, marks it expired and audits it', async () => {
    const dossier = await generate();
    const stored = await t.app.db.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    const keys = [stored.pdfKey!, stored.manifestKey!];
    expect(await Promise.all(keys.map((key) => t.app.storage.exists(key)))).toEqual([true, true]);
    const keep = await generate();

    await t.app.db.dossier.update({
      where: { id: dossier.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    // Past its date but not swept yet: already refused.
    const early = await api(t.app, lawyer.token).get(`/api/dossiers/${dossier.id}/pdf`);
    expect([early.status, early.body.error.code]).toEqual([410, 'DOSSIER_EXPIRED']);

    await sweep(dossier.id);
    expect(await Promise.all(keys.map((key) => t.app.storage.exists(key)))).toEqual([false, false]);
    const view = await api(t.app, lawyer.token).get(`/api/dossiers/${dossier.id}`);
    expect(view.body.dossier).toMatchObject({ status: 'expired', pdfSha256: dossier.pdfSha256 });
    for (const part of ['pdf', 'manifest']) {
      const res = await api(t.app, lawyer.token).get(`/api/dossiers/${dossier.id}/${part}`);
      expect(res.status).toBe(410);
      expect(res.body.error).toMatchObject({
        code: 'DOSSIER_EXPIRED',
        message: expect.stringMatching(/expired on/),
      });
    }
    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'dossier.expire', entityId: dossier.id },
    });
    expect(audit.actorId).toBeNull();
    expect(JSON.parse(audit.meta!)).toMatchObject({ files: 2 });

    // A dossier within its retention is untouched.
    expect((await download(t.app, lawyer.token, `/api/dossiers/${keep.id}/pdf`)).status).toBe(200);
    expect((await t.app.db.dossier.findUniqueOrThrow({ where: { id: keep.id } })).status).toBe('ready');
  });

  it('keeps refusing another user with 404, not 410', async () => {
    const expired = await t.app.db.dossier.findFirstOrThrow({ where: { status: 'expired' } });
    const coordinator = await signedIn(t.app, 'coordinator');
    expect((await api(t.app, coordinator.token).get(`/api/dossiers/${expired.id}/pdf`)).status).toBe(404);
  });
});
