import { randomUUID } from 'node:crypto';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('flags, assignments and referrals', () => {
  let t: TestApp;
  let coordinator: Member;
  let caseworker: Member;
  let partnerId: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, caseworker] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
    ]);
    partnerId = (
      await t.app.db.partner.create({ data: { id: randomUUID(), name: 'Utopia 56', kind: 'ngo' } })
    ).id;
  });
  afterAll(() => t.close());

  async function aCase() {
    const person = await seedPerson(t.app, { createdById: coordinator.user.id });
    return seedCase(t.app, {
      personId: person.id,
      createdById: coordinator.user.id,
      assigneeIds: [caseworker.user.id],
    });
  }
  const as = (member: Member) => api(t.app, member.token);

  it('sets and clears flags with reasons, one open flag per code, both kept in the history', async () => {
    const { id } = await aCase();
    const noReason = await as(caseworker).post(`/api/cases/${id}/flags`).send({ flag: 'at_risk' });
    expect(noReason.body.error.details[0].path).toBe('body/reason');
    const set = await as(caseworker)
      .post(`/api/cases/${id}/flags`)
      .send({ flag: 'detention_review', reason: 'Taken to the CRA of Coquelles' });
    expect(set.body.case.openFlags).toEqual(['detention_review']);
    const flagged = await as(caseworker).get('/api/cases?flag=detention_review');
    expect(flagged.body.cases.map((c: { id: string }) => c.id)).toEqual([id]);
    const again = await as(caseworker)
      .post(`/api/cases/${id}/flags`)
      .send({ flag: 'detention_review', reason: 'Still there' });
    expect(again.status).toBe(409);
    const flagId = set.body.case.flags[0].id;
    const clear = (body: object) => as(caseworker).post(`/api/cases/${id}/flags/${flagId}/clear`).send(body);
    expect((await clear({})).status).toBe(400);
    const cleared = await clear({ reason: 'Released by the JLD' });
    expect(cleared.body.case.openFlags).toEqual([]);
    expect(cleared.body.case.flags[0]).toMatchObject({
      flag: 'detention_review',
      setReason: 'Taken to the CRA of Coquelles',
      setBy: { id: caseworker.user.id },
      clearReason: 'Released by the JLD',
      clearedBy: { id: caseworker.user.id },
    });
    expect((await clear({ reason: 'Released by the JLD' })).status).toBe(409);
    const history = await as(caseworker).get(`/api/cases/${id}/history`);
    const lines = history.body.changes.map(
      (c: { action: string; field: string; oldValue: string; newValue: string }) =>
        `${c.action} ${c.field} ${c.oldValue} ${c.newValue}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'case.flag_set flag null detention_review',
        'case.flag_set reason null Taken to the CRA of Coquelles',
        'case.flag_cleared flag detention_review null',
        'case.flag_cleared reason null Released by the JLD',
      ]),
    );
    expect(history.body.changes[0].actor).toEqual({
      id: caseworker.user.id,
      displayName: caseworker.user.displayName,
    });
    const listed = await as(caseworker).get('/api/cases?flag=detention_review');
    expect(listed.body.cases).toEqual([]);
  });

  it('lets coordinators replace the caseworkers of a case, with the version', async () => {
    const { id } = await aCase();
    const other = await signedIn(t.app, 'caseworker');
    const body = { userIds: [other.user.id], version: 1 };
    expect((await as(caseworker).put(`/api/cases/${id}/assignments`).send(body)).status).toBe(403);
    const bad = await as(coordinator)
      .put(`/api/cases/${id}/assignments`)
      .send({ userIds: [other.user.id, coordinator.user.id, randomUUID()], version: 1 });
    expect(bad.body.error.details).toEqual([{ path: 'body/userIds/2', message: expect.any(String) }]);
    const res = await as(coordinator).put(`/api/cases/${id}/assignments`).send(body);
    expect(res.body.case).toMatchObject({ assignees: [{ id: other.user.id }], version: 2 });
    expect((await as(coordinator).put(`/api/cases/${id}/assignments`).send(body)).status).toBe(409);
    expect((await as(caseworker).get(`/api/cases/${id}`)).status).toBe(404);
    expect((await as(other).get(`/api/cases/${id}`)).status).toBe(200);
    const change = await t.app.db.caseworkChange.findFirstOrThrow({
      where: { caseId: id, action: 'case.assignments' },
    });
    expect(change).toMatchObject({
      oldValue: JSON.stringify([caseworker.user.id]),
      newValue: JSON.stringify([other.user.id]),
    });
  });

  it('refuses a referral that shares personal data without the consent to share with partners', async () => {
    const { id, personId } = await aCase();
    const refer = (sharesPersonalData: boolean) =>
      as(caseworker)
        .post(`/api/cases/${id}/referrals`)
        .send({ partnerId, sharesPersonalData, reason: 'Night shelter for the winter' });
    const refused = await refer(true);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('share_with_partners');
    expect(refused.body.error.details).toEqual([
      { path: 'body/sharesPersonalData', message: expect.any(String) },
    ]);
    const anonymous = await refer(false);
    expect(anonymous.body.referral).toMatchObject({
      partner: { id: partnerId, name: 'Utopia 56' },
      status: 'proposed',
    });

    await t.app.db.consent.create({
      data: {
        personId,
        scopes: ['casework', 'share_with_partners'],
        language: 'fr',
        explainedById: caseworker.user.id,
        givenAt: new Date(Date.now() + 1_000),
      },
    });
    const shared = await refer(true);
    expect(shared.body.referral).toMatchObject({
      sharesPersonalData: true,
      createdBy: { id: caseworker.user.id },
    });
    await t.app.db.consent.updateMany({ where: { personId }, data: { withdrawnAt: new Date() } });
    expect((await refer(true)).status).toBe(409);

    const referralId = shared.body.referral.id;
    const sent = await as(caseworker)
      .patch(`/api/cases/${id}/referrals/${referralId}`)
      .send({ status: 'sent' });
    expect(sent.body.referral.status).toBe('sent');
    const detail = await as(caseworker).get(`/api/cases/${id}`);
    expect(detail.body.case.referrals.map((r: { status: string }) => r.status)).toEqual(['proposed', 'sent']);
    const elsewhere = await aCase();
    const wrongCase = await as(caseworker)
      .patch(`/api/cases/${elsewhere.id}/referrals/${referralId}`)
      .send({ status: 'closed' });
    expect(wrongCase.status).toBe(404);
    const unknownPartner = await as(caseworker)
      .post(`/api/cases/${id}/referrals`)
      .send({ partnerId: randomUUID(), sharesPersonalData: false, reason: 'Somewhere' });
    expect(unknownPartner.body.error.details[0].path).toBe('body/partnerId');
  });
});
