import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';

describe('vocabularies', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await signedIn(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('lists the seeded bilingual terms to any signed-in user', async () => {
    const volunteer = await signedIn(t.app, 'volunteer');
    const res = await api(t.app, volunteer.token).get('/api/vocabularies?kind=force');
    expect(res.status).toBe(200);
    expect(res.body.terms.find((term: { code: string }) => term.code === 'crs')).toMatchObject({
      labelFr: 'CRS',
    });
    expect((await api(t.app).get('/api/vocabularies')).status).toBe(401);
  });

  it('lets administrators add, move and deactivate terms, never under themselves', async () => {
    const terms = (await api(t.app, admin.token).get('/api/vocabularies?kind=act_type')).body.terms as {
      id: string;
      code: string;
    }[];
    const parent = terms.find((term) => term.code === 'chemical_weapons')!;
    const created = await api(t.app, admin.token)
      .post('/api/vocabularies')
      .send({
        kind: 'act_type',
        code: 'gas_in_water',
        parentId: parent.id,
        labelEn: 'Gas in drinking water',
        labelFr: 'Gaz dans l’eau potable',
      });
    expect(created.status).toBe(200);
    const id = created.body.term.id;
    const cycle = await api(t.app, admin.token)
      .patch(`/api/vocabularies/${parent.id}`)
      .send({ parentId: id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details[0].path).toBe('body/parentId');
    const off = await api(t.app, admin.token).patch(`/api/vocabularies/${id}`).send({ active: false });
    expect(off.body.term.active).toBe(false);
    const listed = (await api(t.app, admin.token).get('/api/vocabularies?kind=act_type')).body.terms as {
      id: string;
    }[];
    expect(listed.some((term) => term.id === id)).toBe(false);
    const duplicate = await api(t.app, admin.token)
      .post('/api/vocabularies')
      .send({ kind: 'act_type', code: 'gas_in_water', labelEn: 'x', labelFr: 'x' });
    expect(duplicate.status).toBe(409);
  });

  it('refuses other roles and bad input', async () => {
    const coordinator = await signedIn(t.app, 'coordinator');
    const body = { kind: 'force', code: 'new_force', labelEn: 'New', labelFr: 'Nouveau' };
    expect((await api(t.app, coordinator.token).post('/api/vocabularies').send(body)).status).toBe(403);
    const bad = await api(t.app, admin.token)
      .post('/api/vocabularies')
      .send({ ...body, code: 'Bad Code', kind: 'colour' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/code', 'body/kind']),
    );
  });
});
