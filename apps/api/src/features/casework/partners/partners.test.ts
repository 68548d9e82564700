import { api } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, auditOf, caseTeam } from '../deadlines/task-fixtures';

const NOTES = 'Avoid for Dublin cases: missed two deadlines in 2025.';

describe('the partner directory', () => {
  let t: TestApp;
  let team: Awaited<ReturnType<typeof caseTeam>>;
  let solicitorId: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    team = await caseTeam(t.app);
  });
  afterAll(() => t.close());

  const as = (who: SignedIn) => api(t.app, who.token);
  const names = (res: { body: { partners: { name: string }[] } }) => res.body.partners.map((p) => p.name);

  it('lets coordinators add partners, their notes sealed and left out of the answer', async () => {
    const created = await as(team.coordinator)
      .post('/api/partners')
      .set('idempotency-key', 'partner-maitre-01')
      .send({
        name: 'Maître Dupont',
        kind: 'solicitor',
        languages: ['fr', 'ar'],
        takesLegalAid: true,
        contact: 'Cabinet, 12 rue Royale, Calais',
        notes: NOTES,
      });
    expect(created.status).toBe(200);
    expect(created.body.partner).toMatchObject({
      name: 'Maître Dupont',
      kind: 'solicitor',
      languages: ['fr', 'ar'],
      takesLegalAid: true,
      notes: null,
      hasNotes: true,
      active: true,
    });
    solicitorId = created.body.partner.id;
    const [raw] = await t.app.db.$queryRaw<{ notes_enc: string }[]>`SELECT notes_enc FROM partners`;
    expect(raw?.notes_enc.startsWith('c1.')).toBe(true);
    expect(raw?.notes_enc).not.toContain('Avoid');
    expect(JSON.stringify(await t.app.db.idempotencyKey.findMany())).not.toContain('Avoid');
    expect(await auditOf(t.app, 'partners.create')).toEqual([
      expect.objectContaining({ entityId: solicitorId, fields: expect.arrayContaining(['name', 'notes']) }),
    ]);

    await as(team.coordinator)
      .post('/api/partners')
      .send({ name: 'Refugee Women’s Centre', kind: 'ngo', languages: ['en', 'fa'] });
    await as(team.coordinator)
      .post('/api/partners')
      .send({ name: 'Old shelter', kind: 'shelter', active: false });
    expect((await as(team.caseworker).post('/api/partners').send({ name: 'X', kind: 'ngo' })).status).toBe(
      403,
    );
    expect((await as(team.lawyer).patch(`/api/partners/${solicitorId}`).send({ active: false })).status).toBe(
      403,
    );
  });

  it('opens restricted notes for readers of personal data, and logs that it did', async () => {
    for (const reader of [team.coordinator, team.lawyer, team.caseworker]) {
      const list = await as(reader).get('/api/partners');
      expect(list.status).toBe(200);
      expect(list.body.partners.find((p: { id: string }) => p.id === solicitorId)).toMatchObject({
        notes: NOTES,
        hasNotes: true,
      });
    }
    const reads = await auditOf(t.app, 'partners.notes_read');
    expect(reads.map((r) => [r.actorId, r.meta])).toEqual([
      [team.coordinator.user.id, { count: 1 }],
      [team.lawyer.user.id, { count: 1 }],
      [team.caseworker.user.id, { count: 1 }],
    ]);
    expect((await as(team.observer).get('/api/partners')).status).toBe(403);
  });

  it('filters by kind, language, name and activity', async () => {
    expect(names(await as(team.caseworker).get('/api/partners'))).toEqual([
      'Maître Dupont',
      'Refugee Women’s Centre',
    ]);
    expect(names(await as(team.caseworker).get('/api/partners?kind=ngo'))).toEqual([
      'Refugee Women’s Centre',
    ]);
    expect(names(await as(team.caseworker).get('/api/partners?language=ar'))).toEqual(['Maître Dupont']);
    expect(names(await as(team.caseworker).get('/api/partners?q=dupont'))).toEqual(['Maître Dupont']);
    expect(names(await as(team.caseworker).get('/api/partners?includeInactive=true'))).toEqual([
      'Maître Dupont',
      'Old shelter',
      'Refugee Women’s Centre',
    ]);
  });

  it('changes and clears notes, and names bad fields', async () => {
    const changed = await as(team.coordinator)
      .patch(`/api/partners/${solicitorId}`)
      .send({ notes: null, takesLegalAid: false, languages: ['fr'] });
    expect(changed.status).toBe(200);
    expect(changed.body.partner).toMatchObject({
      notes: null,
      hasNotes: false,
      takesLegalAid: false,
      languages: ['fr'],
    });
    expect((await t.app.db.partner.findUniqueOrThrow({ where: { id: solicitorId } })).notesEnc).toBeNull();
    const resealed = await as(team.coordinator)
      .patch(`/api/partners/${solicitorId}`)
      .send({ notes: 'Answers within a day' });
    expect(resealed.body.partner.hasNotes).toBe(true);
    const list = await as(team.coordinator).get('/api/partners?q=dupont');
    expect(list.body.partners[0].notes).toBe('Answers within a day');

    const missing = await as(team.coordinator)
      .patch('/api/partners/00000000-0000-4000-8000-000000000000')
      .send({ active: false });
    expect(missing.status).toBe(404);
    const bad = await as(team.coordinator)
      .post('/api/partners')
      .send({ name: '', kind: 'lawyer', languages: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/name', 'body/kind', 'body/languages']),
    );
    const badQuery = await as(team.caseworker).get('/api/partners?kind=bank&includeInactive=yes');
    expect(badQuery.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['querystring/kind', 'querystring/includeInactive']),
    );
  });
});
