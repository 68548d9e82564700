import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { seedCase, seedPerson } from '../casework-fixtures';
import { ageRangeAt } from './age-range';
import { RETENTION_CRON, RETENTION_QUEUE, createRetentionService } from './retention-service';
import { SECRETS, linkVictim, seedFullPerson } from './retention-fixtures';

describe('casework retention', () => {
  let t: TestApp;
  let dir: string;
  let userIds: { coordinator: string; caseworker: string };
  const service = () =>
    createRetentionService({ db: t.app.db, vault: t.app.vault, storage: t.app.storage, log: t.app.log });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-retention-'));
    t = await buildTestApp({ EVIDENCE_DIR: dir });
    const coordinator = await createUser(t.app, { role: 'coordinator' });
    const caseworker = await createUser(t.app, { role: 'caseworker' });
    userIds = { coordinator: coordinator.id, caseworker: caseworker.id };
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const seed = (closedMonthsAgo: number | null, alias?: string) =>
    seedFullPerson(t.app, {
      createdById: userIds.coordinator,
      grantee: userIds.caseworker,
      closedMonthsAgo,
      alias,
    });

  /** Every row of the casework tables and the audit log as text, to look for personal values. */
  const everything = async () => {
    const rows = await t.app.db.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(x)::text AS row FROM people x UNION ALL SELECT row_to_json(x)::text FROM cases x
      UNION ALL SELECT row_to_json(x)::text FROM casework_changes x UNION ALL SELECT row_to_json(x)::text FROM case_flags x
      UNION ALL SELECT row_to_json(x)::text FROM case_referrals x UNION ALL SELECT row_to_json(x)::text FROM audit_events x`;
    return rows.map((r) => r.row).join('\n');
  };

  it('coarsens a date of birth to the age range reached on the day', () => {
    expect(ageRangeAt('1990-06-15', new Date('2026-06-14T12:00:00Z'))).toBe('age_35_49');
    expect(ageRangeAt('2010-06-15', new Date('2026-06-14T12:00:00Z'))).toBe('age_12_15');
    expect(ageRangeAt('2010-06-15', new Date('2026-06-15T00:00:00Z'))).toBe('age_16_17');
    expect(ageRangeAt('2008-06-15', new Date('2026-06-15T00:00:00Z'))).toBe('age_18_24');
    expect(ageRangeAt('not a date', new Date())).toBeNull();
  });

  it('is scheduled daily with pg-boss', async () => {
    const rows = await t.app.db.$queryRaw<
      { cron: string }[]
    >`SELECT cron FROM pgboss.schedule WHERE name = ${RETENTION_QUEUE}`;
    expect(rows).toEqual([{ cron: RETENTION_CRON }]);
  });

  it('lists expired people in a dry run and changes nothing', async () => {
    const expired = await seed(13, 'Samira');
    const open = await seed(null, 'Still open');
    const recent = await seed(3, 'Closed lately');
    const noCase = await seedPerson(t.app, { createdById: userIds.coordinator, alias: 'No case yet' });
    // One old closed case and one still open: not expired.
    const mixed = await seed(20, 'Mixed');
    await seedCase(t.app, { personId: mixed.person.id, createdById: userIds.coordinator, status: 'open' });
    const before = await everything();

    const preview = await service().preview();
    expect(preview.retentionMonths).toBe(12);
    expect(preview.total).toBe(1);
    expect(preview.people).toEqual([
      {
        id: expired.person.id,
        alias: 'Samira',
        cases: [
          {
            id: expired.kase.id,
            reference: expired.kase.reference,
            type: 'dublin',
            closedAt: expired.closedAt,
          },
        ],
      },
    ]);
    expect(preview.people.map((p) => p.id)).not.toEqual(
      expect.arrayContaining([open.person.id, recent.person.id, noCase.id]),
    );
    expect(await everything()).toBe(before);
    expect(await t.app.storage.exists(expired.storageKey)).toBe(true);

    // A longer retention setting leaves them alone.
    await t.app.db.instanceSetting.create({ data: { key: 'casework_retention_months', value: 24 } });
    expect((await service().preview()).total).toBe(0);
    await t.app.db.instanceSetting.delete({ where: { key: 'casework_retention_months' } });
  });

  it('erases expired people through the daily job: personal data, notes, documents; statistics stay', async () => {
    const { person, kase, storageKey, closedAt, openedAt } = await seed(14);
    const victim = await linkVictim(t.app, person.id, userIds.coordinator);
    // A document whose blob is already gone does not stop the erasure.
    const other = await seed(15);
    await t.app.storage.delete(other.storageKey);

    await t.app.jobs.send(RETENTION_QUEUE, {});
    const ids = [person.id, other.person.id];
    for (
      let i = 0;
      i < 200 && (await t.app.db.person.count({ where: { id: { in: ids }, erasedAt: null } })) > 0;
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const erased = await t.app.db.person.findUniqueOrThrow({
      where: { id: person.id },
      include: { consents: true },
    });
    expect(erased).toMatchObject({
      alias: `erased-${person.id.slice(0, 8)}`,
      legalNameEnc: null,
      dateOfBirthEnc: null,
      contactsEnc: null,
      notesEnc: null,
      nationality: null,
      languages: [],
      sensitivity: [],
      ageRange: 'age_35_49',
      erasedAt: expect.any(Date),
    });
    expect(erased.consents[0]).toMatchObject({
      scopes: ['casework', 'store_contact', 'share_with_lawyer'],
      language: 'und',
    });
    expect(await t.app.db.personAccessGrant.count({ where: { personId: person.id } })).toBe(0);
    expect(await t.app.db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({
      personId: null,
      alias: 'A.',
    });

    const erasedCase = await t.app.db.case.findUniqueOrThrow({
      where: { id: kase.id },
      include: { flags: true, referrals: true },
    });
    expect(erasedCase).toMatchObject({
      type: 'dublin',
      status: 'closed',
      outcome: 'transferred',
      closedAt,
      openedAt,
      summaryEnc: null,
      legalArgumentsEnc: null,
      personDecisionEnc: null,
      interpreter: null,
      interpretedIn: null,
      erasedAt: erased.erasedAt,
    });
    expect(erasedCase.flags.map((f) => [f.flag, f.setReason])).toEqual([['at_risk', 'erased']]);
    expect(erasedCase.referrals.map((r) => r.reason)).toEqual(['erased']);
    expect(await t.app.db.caseNote.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await t.app.db.caseDocument.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await t.app.db.caseDeadline.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await t.app.storage.exists(storageKey)).toBe(false);

    const history = await t.app.db.caseworkChange.findMany({
      where: { OR: [{ personId: person.id }, { caseId: kase.id }] },
    });
    expect(
      history.filter((h) => h.field && h.field !== 'status').every((h) => !h.oldValue && !h.newValue),
    ).toBe(true);
    expect(history.find((h) => h.field === 'status')).toMatchObject({
      oldValue: 'active',
      newValue: 'closed',
    });
    expect(history.some((h) => h.action === 'person.erased')).toBe(true);

    const audit = await t.app.db.auditEvent.findFirstOrThrow({
      where: { action: 'casework.erased', entityId: person.id },
    });
    expect(audit).toMatchObject({ entityType: 'person', actorId: null });
    expect(JSON.parse(audit.meta!)).toMatchObject({
      trigger: 'retention',
      cases: 1,
      notes: 1,
      documents: 1,
      victimsUnlinked: 1,
    });

    const rows = (await everything())
      .split('\n')
      .filter((row) => row.includes(person.id) || row.includes(kase.id));
    expect(rows.length).toBeGreaterThan(5);
    for (const value of Object.values(SECRETS)) expect(rows.join('\n')).not.toContain(value);
    expect(
      (await t.app.db.person.findUniqueOrThrow({ where: { id: other.person.id } })).erasedAt,
    ).not.toBeNull();
  });

  it('leaves a person with an open case alone', async () => {
    const { person } = await seed(null);
    const result = await service().sweep();
    expect(result.failed).toBe(0);
    expect((await t.app.db.person.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });
});
