import { api } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, auditOf, caseOf, caseTeam } from '../deadlines/task-fixtures';

const BODY = 'Samir says the OFPRA letter went to the old squat address; he now sleeps near the Dunes.';

describe('case notes', () => {
  let t: TestApp;
  let team: Awaited<ReturnType<typeof caseTeam>>;
  let caseId: string;
  let personId: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    team = await caseTeam(t.app);
    ({ id: caseId, personId } = await caseOf(t.app, team));
  });
  afterAll(() => t.close());

  const as = (who: SignedIn) => api(t.app, who.token);

  it('seals notes in the database, decrypts them for the case team and audits each read once', async () => {
    const created = await as(team.caseworker)
      .post(`/api/cases/${caseId}/notes`)
      .set('idempotency-key', 'note-ofpra-00001')
      .send({ body: `  ${BODY}  ` });
    expect(created.status).toBe(200);
    // The answer leaves the text out: answers to idempotent requests are kept in clear.
    expect(created.body.note).toEqual({
      id: expect.any(String),
      author: { id: team.caseworker.user.id, displayName: team.caseworker.user.displayName },
      createdAt: expect.any(String),
    });
    const stored = await t.app.db.idempotencyKey.findMany({ select: { response: true } });
    expect(JSON.stringify(stored)).not.toContain('OFPRA');
    const [raw] = await t.app.db.$queryRaw<{ body_enc: string }[]>`SELECT body_enc FROM case_notes`;
    expect(raw?.body_enc.startsWith('c1.')).toBe(true);
    expect(raw?.body_enc).not.toContain('Samir');

    await as(team.lawyer)
      .post(`/api/cases/${caseId}/notes`)
      .send({ body: 'Correction: the Dunes camp, east side.' });
    const read = await as(team.lawyer).get(`/api/cases/${caseId}/notes`);
    expect(read.status).toBe(200);
    expect(read.body.notes.map((n: { body: string }) => n.body)).toEqual([
      BODY,
      'Correction: the Dunes camp, east side.',
    ]);
    expect(read.body.notes[1].author.id).toBe(team.lawyer.user.id);

    const reads = await auditOf(t.app, 'casework.personal_read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      actorId: team.lawyer.user.id,
      entityType: 'person',
      entityId: personId,
      fields: ['note'],
      meta: { caseId, count: 2 },
    });
    expect(await auditOf(t.app, 'casework.note_add')).toHaveLength(2);
    const history = await t.app.db.caseworkChange.findMany({ where: { caseId, action: 'note.add' } });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['note', null, null],
      ['note', null, null],
    ]);
    expect((await as(team.coordinator).get(`/api/cases/${caseId}/notes`)).body.notes).toHaveLength(2);
  });

  it('answers 404 to caseworkers and lawyers not on the case, 403 to roles without casework', async () => {
    for (const outsider of [team.otherCaseworker, team.otherLawyer]) {
      expect((await as(outsider).get(`/api/cases/${caseId}/notes`)).status).toBe(404);
      expect((await as(outsider).post(`/api/cases/${caseId}/notes`).send({ body: 'x' })).status).toBe(404);
    }
    expect((await as(team.observer).get(`/api/cases/${caseId}/notes`)).status).toBe(403);
  });

  it('needs a grant for a person with a sensitivity flag, whatever the role', async () => {
    const flagged = await caseOf(t.app, team, { sensitivity: ['minor'] });
    for (const member of [team.caseworker, team.coordinator]) {
      const refused = await as(member).get(`/api/cases/${flagged.id}/notes`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/sensitivity flag/);
      expect((await as(member).post(`/api/cases/${flagged.id}/notes`).send({ body: 'x' })).status).toBe(403);
    }
    await t.app.db.personAccessGrant.create({
      data: {
        personId: flagged.personId,
        userId: team.caseworker.user.id,
        reason: 'Key worker',
        grantedById: team.coordinator.user.id,
      },
    });
    expect(
      (
        await as(team.caseworker)
          .post(`/api/cases/${flagged.id}/notes`)
          .send({ body: 'Age assessment on Monday' })
      ).status,
    ).toBe(200);
    expect((await as(team.caseworker).get(`/api/cases/${flagged.id}/notes`)).body.notes).toHaveLength(1);
    expect((await as(team.coordinator).get(`/api/cases/${flagged.id}/notes`)).status).toBe(403);
  });

  it('names bad fields, and takes nothing on an erased case', async () => {
    const bad = await as(team.caseworker)
      .post(`/api/cases/${caseId}/notes`)
      .send({ body: '   ', author: 'me' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/body']),
    );
    const erased = await caseOf(t.app, team);
    await t.app.db.case.update({ where: { id: erased.id }, data: { erasedAt: new Date() } });
    expect(
      (await as(team.caseworker).post(`/api/cases/${erased.id}/notes`).send({ body: 'late' })).status,
    ).toBe(409);
  });
});
