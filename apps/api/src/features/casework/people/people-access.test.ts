import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, createUser, signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';
import { newPerson } from './people-fixtures';

type Member = Awaited<ReturnType<typeof signedIn>>;

describe('who reaches a person', () => {
  let t: TestApp;
  let coordinator: Member;
  let assigned: Member;
  let unassigned: Member;
  let lawyer: Member;
  let otherLawyer: Member;
  let personId: string;
  let caseId: string;
  const as = (m: Member) => api(t.app, m.token);
  const personalReads = (id: string) =>
    t.app.db.auditEvent.findMany({
      where: { entityId: id, action: 'casework.personal_read' },
      orderBy: { id: 'asc' },
    });

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, assigned, unassigned, lawyer, otherLawyer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'caseworker'),
      signedIn(t.app, 'lawyer'),
      signedIn(t.app, 'lawyer'),
    ]);
    const person = await seedPerson(t.app, {
      createdById: coordinator.user.id,
      alias: 'Samir',
      legalName: 'Samir Haddad',
    });
    personId = person.id;
    caseId = (
      await seedCase(t.app, {
        personId,
        createdById: coordinator.user.id,
        assigneeIds: [assigned.user.id],
        lawyerId: lawyer.user.id,
      })
    ).id;
  });
  afterAll(() => t.close());

  it.each(['admin', 'volunteer', 'legal_observer'] as const)('refuses the %s role outright', async (role) => {
    const member = await signedIn(t.app, role);
    for (const url of [
      '/api/people',
      `/api/people/${personId}`,
      `/api/people/${personId}/personal`,
      `/api/people/${personId}/access-log`,
    ]) {
      expect([url, (await as(member).get(url)).status]).toEqual([url, 403]);
    }
    expect((await as(member).post('/api/people').send(newPerson())).status).toBe(403);
  });

  it('hides the person from a caseworker and a lawyer not on the case (404, not in the list)', async () => {
    for (const member of [unassigned, otherLawyer]) {
      for (const url of [
        `/api/people/${personId}`,
        `/api/people/${personId}/personal`,
        `/api/people/${personId}/access-log`,
      ]) {
        expect([url, (await as(member).get(url)).status]).toEqual([url, 404]);
      }
      expect(
        (await as(member).patch(`/api/people/${personId}`).send({ version: 1, alias: 'x' })).status,
      ).toBe(404);
      expect(
        (
          await as(member)
            .post(`/api/people/${personId}/consents`)
            .send({ scopes: ['casework'], language: 'ar', givenAt: new Date().toISOString() })
        ).status,
      ).toBe(404);
      expect((await as(member).get('/api/people')).body.people).toEqual([]);
    }
  });

  it('lets the assigned caseworker, the case lawyer and any coordinator in, and audits their reads', async () => {
    for (const member of [assigned, lawyer, coordinator]) {
      const detail = await as(member).get(`/api/people/${personId}`);
      expect(detail.status).toBe(200);
      expect(detail.body.person).toMatchObject({
        alias: 'Samir',
        canReadPersonal: true,
        openCases: 1,
        cases: [{ id: caseId }],
      });
      const personal = await as(member).get(`/api/people/${personId}/personal?fields=legalName`);
      expect(personal.body.personal).toEqual({ legalName: 'Samir Haddad' });
      expect((await as(member).get('/api/people')).body.people.map((p: { id: string }) => p.id)).toContain(
        personId,
      );
    }
    const reads = await personalReads(personId);
    expect(reads.map((r) => [r.actorId, r.fields])).toEqual([
      [assigned.user.id, ['legalName']],
      [lawyer.user.id, ['legalName']],
      [coordinator.user.id, ['legalName']],
    ]);
    const log = await as(assigned).get(`/api/people/${personId}/access-log`);
    expect(
      log.body.events.filter((e: { action: string }) => e.action === 'casework.personal_read'),
    ).toHaveLength(3);
  });

  it('shows a person registered without a case to their registrant and coordinators only', async () => {
    const { person } = (
      await as(assigned)
        .post('/api/people')
        .send(newPerson({ alias: 'No case yet' }))
    ).body;
    expect((await as(assigned).get(`/api/people/${person.id}`)).status).toBe(200);
    expect((await as(coordinator).get(`/api/people/${person.id}`)).status).toBe(200);
    expect((await as(unassigned).get(`/api/people/${person.id}`)).status).toBe(404);
  });

  describe('a sensitivity flag', () => {
    let flagged: string;
    beforeAll(async () => {
      flagged = (
        await seedPerson(t.app, {
          createdById: coordinator.user.id,
          alias: 'Karim',
          legalName: 'Karim B.',
          sensitivity: ['lgbt'],
        })
      ).id;
      await seedCase(t.app, {
        personId: flagged,
        createdById: coordinator.user.id,
        assigneeIds: [assigned.user.id],
      });
    });

    it('shows the record but not its personal fields to anyone off the access list, coordinators included', async () => {
      for (const member of [assigned, coordinator]) {
        const detail = await as(member).get(`/api/people/${flagged}`);
        expect(detail.body.person).toMatchObject({
          sensitivity: ['lgbt'],
          canReadPersonal: false,
          personalFieldsSet: ['legalName'],
        });
        expect((await as(member).get(`/api/people/${flagged}/personal`)).status).toBe(403);
      }
      expect(
        (await as(assigned).patch(`/api/people/${flagged}`).send({ version: 1, notes: 'blind write' }))
          .status,
      ).toBe(403);
      expect(
        (await as(assigned).patch(`/api/people/${flagged}`).send({ version: 1, sensitivity: [] })).status,
      ).toBe(403);
      const added = await as(assigned)
        .patch(`/api/people/${flagged}`)
        .send({ version: 1, sensitivity: ['lgbt', 'health'] });
      expect(added.body.person).toMatchObject({ sensitivity: ['lgbt', 'health'], canReadPersonal: false });
      expect(await personalReads(flagged)).toEqual([]);
    });

    it('opens them to people a coordinator puts on the access list, until taken off', async () => {
      const url = `/api/people/${flagged}/grants`;
      expect((await as(assigned).get(url)).status).toBe(403);
      const granted = await as(coordinator)
        .post(url)
        .send({ userId: assigned.user.id, reason: 'handles the asylum claim' });
      expect(granted.status).toBe(200);
      expect(granted.body.grants).toEqual([
        expect.objectContaining({
          user: { id: assigned.user.id, displayName: assigned.user.displayName, role: 'caseworker' },
          reason: 'handles the asylum claim',
          grantedBy: { id: coordinator.user.id, displayName: coordinator.user.displayName },
        }),
      ]);
      expect(
        (await as(coordinator).post(url).send({ userId: assigned.user.id, reason: 'again please' })).status,
      ).toBe(409);
      const personal = await as(assigned).get(`/api/people/${flagged}/personal?fields=legalName`);
      expect([personal.status, personal.body.personal]).toEqual([200, { legalName: 'Karim B.' }]);
      expect((await personalReads(flagged)).map((r) => [r.actorId, r.fields])).toEqual([
        [assigned.user.id, ['legalName']],
      ]);

      const revoked = await as(coordinator).delete(`${url}/${assigned.user.id}`);
      expect(revoked.body.grants).toEqual([]);
      expect((await as(coordinator).delete(`${url}/${assigned.user.id}`)).status).toBe(404);
      expect((await as(assigned).get(`/api/people/${flagged}/personal`)).status).toBe(403);
      const audited = await t.app.db.auditEvent.findMany({
        where: { entityId: flagged, action: { startsWith: 'person.access_' } },
      });
      expect(audited.map((a) => a.action)).toEqual(['person.access_granted', 'person.access_revoked']);
    });

    it('goes only to active members whose role sees personal details', async () => {
      const url = `/api/people/${flagged}/grants`;
      const volunteer = await createUser(t.app, { role: 'volunteer' });
      const gone = await createUser(t.app, { role: 'caseworker', status: 'deactivated' });
      for (const userId of [volunteer.id, gone.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await as(coordinator).post(url).send({ userId, reason: 'try' });
        expect([res.status, res.body.error.details[0].path]).toEqual([400, 'body/userId']);
      }
      expect(
        (await as(coordinator).get('/api/people/00000000-0000-4000-8000-000000000000/grants')).status,
      ).toBe(404);
    });

    it('puts whoever sets a flag on a person they could read on the access list', async () => {
      const { person } = (
        await as(assigned)
          .post('/api/people')
          .send(newPerson({ alias: 'Flag later' }))
      ).body;
      const res = await as(assigned)
        .patch(`/api/people/${person.id}`)
        .send({ version: 1, sensitivity: ['trafficking_risk'] });
      expect(res.body.person).toMatchObject({ sensitivity: ['trafficking_risk'], canReadPersonal: true });
      const grant = await t.app.db.personAccessGrant.findUniqueOrThrow({
        where: { personId_userId: { personId: person.id, userId: assigned.user.id } },
      });
      expect(grant.reason).toBe('set a sensitivity flag');
      expect((await as(assigned).get(`/api/people/${person.id}/personal?fields=notes`)).status).toBe(200);
    });
  });
});
