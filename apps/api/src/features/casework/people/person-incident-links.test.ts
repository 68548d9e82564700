import { type TestApp, buildTestApp } from '../../../test/test-app';
import { api, signedIn } from '../../../test/fixtures';
import { incidentBody, termIds } from '../../incidents/incident-fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

type SignedIn = Awaited<ReturnType<typeof signedIn>>;

describe('incident victims linked to casework people', () => {
  let t: TestApp;
  let observer: SignedIn;
  let coordinator: SignedIn;
  let lawyer: SignedIn;
  let otherLawyer: SignedIn;
  let caseworker: SignedIn;
  let incident: { id: string; reference: string; victims: { id: string; alias: string }[] };
  let personId: string;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [observer, coordinator, lawyer, otherLawyer, caseworker] = await Promise.all([
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'lawyer'),
      signedIn(t.app, 'lawyer'),
      signedIn(t.app, 'caseworker'),
    ]);
    const terms = await termIds(t.app, observer.token);
    incident = (await api(t.app, observer.token).post('/api/incidents').send(incidentBody(terms))).body.incident;
    const person = await seedPerson(t.app, { createdById: coordinator.user.id, alias: 'Samir K.' });
    personId = person.id;
    await seedCase(t.app, { personId, createdById: coordinator.user.id, lawyerId: lawyer.user.id, assigneeIds: [caseworker.user.id] });
  });
  afterAll(() => t.close());

  const minor = () => incident.victims.find((v) => v.alias === 'A.')!;
  const linksPath = () => `/api/people/${personId}/incident-links`;
  const victimOf = async (who: SignedIn) =>
    (await api(t.app, who.token).get(`/api/incidents/${incident.id}`)).body.incident.victims.find(
      (v: { id: string }) => v.id === minor().id,
    );

  it('finds the victims by incident reference, links one, and shows whom only to those who reach the person', async () => {
    const candidates = await api(t.app, coordinator.token)
      .get(`${linksPath()}/candidates`)
      .query({ reference: incident.reference.toLowerCase() });
    expect(candidates.status).toBe(200);
    expect(candidates.body.victims.map((v: { link: string }) => v.link)).toEqual(['none', 'none']);

    const linked = await api(t.app, lawyer.token).put(`${linksPath()}/${minor().id}`);
    expect(linked.status).toBe(200);
    expect(linked.body.links).toEqual([
      {
        victimId: minor().id,
        victimAlias: 'A.',
        incident: { id: incident.id, reference: incident.reference, title: expect.any(String), startAt: expect.any(String) },
      },
    ]);

    expect((await victimOf(coordinator)).person).toEqual({ id: personId, alias: 'Samir K.' });
    expect((await victimOf(lawyer)).person).toEqual({ id: personId, alias: 'Samir K.' });
    expect((await victimOf(otherLawyer)).person).toBeNull();
    expect((await victimOf(observer)).person).toBeNull();
    const audit = await t.app.db.auditEvent.findMany({ where: { entityId: personId, action: 'person.incident_linked' } });
    expect(audit).toHaveLength(1);
  });

  it('keeps the link when the incident is edited with the victim kept', async () => {
    const current = (await api(t.app, observer.token).get(`/api/incidents/${incident.id}`)).body.incident;
    const terms = await termIds(t.app, observer.token);
    const body = incidentBody(terms, {
      title: 'Tear gas under the bridge (corrected)',
      version: current.version,
      victims: current.victims.map((v: { id: string; alias: string }) => ({ key: v.id, alias: v.alias })),
      acts: [],
      witnesses: [],
    });
    const saved = await api(t.app, observer.token).put(`/api/incidents/${incident.id}`).send(body);
    expect(saved.status).toBe(200);
    expect((await victimOf(coordinator)).person).toEqual({ id: personId, alias: 'Samir K.' });
  });

  it('refuses a second person for the same victim, outsiders and malformed references', async () => {
    const other = await seedPerson(t.app, { createdById: coordinator.user.id });
    const taken = await api(t.app, coordinator.token).put(`/api/people/${other.id}/incident-links/${minor().id}`);
    expect(taken.status).toBe(409);
    const unassigned = await api(t.app, otherLawyer.token).put(`${linksPath()}/${minor().id}`);
    expect(unassigned.status).toBe(404);
    // Caseworkers reach the person but not incidents: no link is shown or made by them.
    expect((await api(t.app, caseworker.token).get(linksPath())).status).toBe(403);
    const bad = await api(t.app, coordinator.token).get(`${linksPath()}/candidates`).query({ reference: 'INC-26-1' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('reference');
  });

  it('unlinks, with an audit entry, and the incident keeps its pseudonymous victim', async () => {
    const res = await api(t.app, coordinator.token).delete(`${linksPath()}/${minor().id}`);
    expect(res.status).toBe(200);
    expect(res.body.links).toEqual([]);
    expect((await victimOf(coordinator)).person).toBeNull();
    expect((await victimOf(coordinator)).alias).toBe('A.');
    expect(await t.app.db.auditEvent.count({ where: { entityId: personId, action: 'person.incident_unlinked' } })).toBe(1);
  });
});
