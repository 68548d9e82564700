import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { incidentBody, termIds } from './incident-fixtures';

describe('incidents', () => {
  let t: TestApp;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let lawyer: Awaited<ReturnType<typeof signedIn>>;
  let terms: Record<string, string>;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [observer, coordinator, lawyer] = await Promise.all([
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'lawyer'),
    ]);
    terms = await termIds(t.app, observer.token);
  });
  afterAll(() => t.close());

  it('saves a minimal draft in one request', async () => {
    const res = await api(t.app, observer.token)
      .post('/api/incidents')
      .send({
        title: 'Van stopped near Loon-Plage',
        startAt: '2026-11-20T07:00:00Z',
        sourceType: 'first_hand',
      });
    expect(res.status).toBe(200);
    expect(res.body.incident).toMatchObject({
      status: 'draft',
      version: 1,
      verificationStatus: 'unverified',
    });
    expect(res.body.incident.reference).toMatch(/^INC-2026-\d{6}$/);
  });

  it('records who did what to whom, with the links between acts, victims and perpetrators', async () => {
    const res = await api(t.app, observer.token).post('/api/incidents').send(incidentBody(terms));
    expect(res.status).toBe(200);
    const incident = res.body.incident;
    expect(incident.acts[0].victimIds).toHaveLength(2);
    expect(incident.acts[0].perpetratorIds).toEqual([incident.perpetrators[0].id]);
    expect(incident.acts[0].items[0]).toMatchObject({ fate: 'destroyed', count: 6 });
    expect(incident.victimFlags).toContain('minor');
    // The observer sees neither exact coordinates nor witness contacts.
    expect(incident.place.latitude).toBeUndefined();
    expect(incident.witnesses[0].contact).toBeUndefined();
    const row = await t.app.db.witness.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(row.contactEnc).not.toContain('+33');
  });

  it('shows coordinates and contacts to a coordinator, and audits the contact read', async () => {
    const created = (await api(t.app, observer.token).post('/api/incidents').send(incidentBody(terms))).body
      .incident;
    const res = await api(t.app, coordinator.token).get(`/api/incidents/${created.id}`);
    expect(res.body.incident.place.latitude).toBeCloseTo(50.9513);
    expect(res.body.incident.witnesses[0].contact).toBe('+33 6 00 00 00 00');
    const lawyerView = await api(t.app, lawyer.token).get(`/api/incidents/${created.id}`);
    expect(lawyerView.body.incident.place.latitude).toBeUndefined();
    expect(lawyerView.body.incident.witnesses[0].contact).toBe('+33 6 00 00 00 00');
    const reads = await t.app.db.auditEvent.count({
      where: { action: 'incident.witness_contacts_read', entityId: created.id },
    });
    expect(reads).toBe(2);
  });

  it('names each bad field, including references the schema cannot check', async () => {
    const bad = incidentBody(terms, {
      startAt: 'yesterday',
      acts: [{ actTypeId: terms.crs, victimKeys: ['nobody'], perpetratorKeys: [] }],
    });
    const res = await api(t.app, observer.token).post('/api/incidents').send(bad);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('body/startAt');
    const refs = await api(t.app, observer.token)
      .post('/api/incidents')
      .send(incidentBody(terms, { acts: [{ actTypeId: terms.crs, victimKeys: ['nobody'] }] }));
    expect(refs.status).toBe(400);
    expect(refs.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/acts/0/actTypeId', 'body/acts/0/victimKeys/0']),
    );
    expect(await t.app.db.incident.count({ where: { title: 'never saved' } })).toBe(0);
  });

  it('versions every change and refuses a stale edit', async () => {
    const created = (await api(t.app, observer.token).post('/api/incidents').send(incidentBody(terms))).body
      .incident;
    const edit = {
      ...incidentBody(terms),
      title: 'Tear gas at the bridge (corrected)',
      witnesses: [{ key: created.witnesses[0].id, alias: 'Volunteer M.', willingToTestify: true }],
      version: 1,
    };
    const saved = await api(t.app, observer.token).put(`/api/incidents/${created.id}`).send(edit);
    expect(saved.status).toBe(200);
    expect(saved.body.incident.version).toBe(2);
    const stale = await api(t.app, observer.token).put(`/api/incidents/${created.id}`).send(edit);
    expect(stale.status).toBe(409);
    const history = await api(t.app, lawyer.token).get(`/api/incidents/${created.id}/history`);
    expect(history.body.revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(history.body.revisions[0].changedFields).toEqual(['title']);
    // The contact was kept although the observer, who cannot see it, did not send it back.
    const view = await api(t.app, coordinator.token).get(`/api/incidents/${created.id}`);
    expect(view.body.incident.witnesses[0].contact).toBe('+33 6 00 00 00 00');
  });

  it("lets only the author or a coordinator edit, and keeps others' drafts out of sight", async () => {
    const draft = (
      await api(t.app, observer.token)
        .post('/api/incidents')
        .send(incidentBody(terms, { status: 'draft' }))
    ).body.incident;
    expect((await api(t.app, lawyer.token).get(`/api/incidents/${draft.id}`)).status).toBe(404);
    expect((await api(t.app, coordinator.token).get(`/api/incidents/${draft.id}`)).status).toBe(200);
    const other = await signedIn(t.app, 'legal_observer');
    expect((await api(t.app, other.token).get(`/api/incidents/${draft.id}`)).status).toBe(404);
    const submitted = (await api(t.app, observer.token).post('/api/incidents').send(incidentBody(terms))).body
      .incident;
    const edit = await api(t.app, other.token)
      .put(`/api/incidents/${submitted.id}`)
      .send({ ...incidentBody(terms), version: 1 });
    expect(edit.status).toBe(403);
  });

  it('is verified by someone other than the author', async () => {
    const created = (await api(t.app, observer.token).post('/api/incidents').send(incidentBody(terms))).body
      .incident;
    const own = await signedIn(t.app, 'coordinator');
    const mine = (await api(t.app, own.token).post('/api/incidents').send(incidentBody(terms))).body.incident;
    expect(
      (
        await api(t.app, own.token)
          .post(`/api/incidents/${mine.id}/review`)
          .send({ verificationStatus: 'verified', version: 1 })
      ).status,
    ).toBe(403);
    const res = await api(t.app, lawyer.token)
      .post(`/api/incidents/${created.id}/review`)
      .send({ verificationStatus: 'corroborated', version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.incident).toMatchObject({
      verificationStatus: 'corroborated',
      reviewedBy: { id: lawyer.user.id },
    });
    expect(
      (
        await api(t.app, observer.token)
          .post(`/api/incidents/${created.id}/review`)
          .send({ verificationStatus: 'verified', version: 2 })
      ).status,
    ).toBe(403);
  });

  it('refuses volunteers and anonymous callers', async () => {
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, volunteer.token).get('/api/incidents')).status).toBe(403);
    expect((await api(t.app).get('/api/incidents')).status).toBe(401);
    expect((await api(t.app, lawyer.token).post('/api/incidents').send(incidentBody(terms))).status).toBe(
      403,
    );
  });
});
