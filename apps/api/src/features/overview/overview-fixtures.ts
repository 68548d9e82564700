/** One small world with something for every block of the overview (not a test file itself). */
import type { FastifyInstance } from 'fastify';
import { api, signedIn } from '../../test/fixtures';
import { seedCase, seedPerson } from '../casework/casework-fixtures';
import { createSite, evictionBody, submittedEviction } from '../evictions/eviction-fixtures';
import { incidentBody, termIds } from '../incidents/incident-fixtures';
import { createLocation, itemIds, receive } from '../supplies/supplies-fixtures';

export type SignedIn = Awaited<ReturnType<typeof signedIn>>;

const DAY = 86_400_000;
export const PERSON_ALIAS = 'Overview Alias Zq';

/** An instant earlier today (UTC), whatever the time the test runs at. */
export function earlierToday(now = Date.now()): Date {
  const midnight = Math.floor(now / DAY) * DAY;
  return new Date(midnight + Math.floor((now - midnight) / 2));
}
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function ok<T>(request: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await request;
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function team(app: FastifyInstance) {
  const [admin, coordinator, observer, otherObserver, lawyer, caseworker, volunteer] = await Promise.all([
    signedIn(app, 'admin'),
    signedIn(app, 'coordinator'),
    signedIn(app, 'legal_observer'),
    signedIn(app, 'legal_observer'),
    signedIn(app, 'lawyer'),
    signedIn(app, 'caseworker'),
    signedIn(app, 'volunteer'),
  ]);
  return { admin, coordinator, observer, otherObserver, lawyer, caseworker, volunteer };
}
type Team = Awaited<ReturnType<typeof team>>;

/**
 * Evictions at two sites: the observer's submitted one today at A, their draft two days ago at B,
 * another observer's draft today at A (not theirs to see), a submitted one 20 days ago at A.
 */
async function evictions(app: FastifyInstance, people: Team) {
  const { coordinator, observer, otherObserver } = people;
  const siteA = await createSite(app, coordinator.token, {
    name: 'Hospital site',
    type: 'camp',
    commune: 'Calais',
  });
  const siteB = await createSite(app, coordinator.token, {
    name: 'Marck woods',
    type: 'informal_site',
    commune: 'Marck',
  });
  const today = await submittedEviction(
    app,
    observer.token,
    evictionBody(siteA, { startAt: earlierToday() }),
  );
  await submittedEviction(app, observer.token, evictionBody(siteA, { startAt: daysAgo(20) }));
  const draft = await ok(
    api(app, observer.token)
      .post('/api/evictions')
      .send(evictionBody(siteB, { startAt: daysAgo(2) })),
  );
  await ok(
    api(app, otherObserver.token)
      .post('/api/evictions')
      .send(evictionBody(siteA, { startAt: earlierToday() })),
  );
  return { siteA, siteB, todayEvictionId: today, draftEvictionId: draft.eviction.id as string };
}

/**
 * Incidents: the observer's draft 3 days ago at A, a submitted one 2 days ago at B and one 20 days ago
 * at A, both verified by the lawyer.
 */
async function incidents(app: FastifyInstance, people: Team, sites: { siteA: string; siteB: string }) {
  const terms = await termIds(app, people.observer.token);
  const record = async (body: Record<string, unknown>) =>
    (await ok(api(app, people.observer.token).post('/api/incidents').send(incidentBody(terms, body))))
      .incident as {
      id: string;
      version: number;
    };
  const draft = await record({
    status: 'draft',
    siteId: sites.siteA,
    startAt: daysAgo(3),
    title: 'Draft at A',
  });
  const recent = await record({ siteId: sites.siteB, startAt: daysAgo(2), title: 'Verified at B' });
  const old = await record({ siteId: sites.siteA, startAt: daysAgo(20), title: 'Old at A' });
  for (const incident of [recent, old]) {
    await ok(
      api(app, people.lawyer.token)
        .post(`/api/incidents/${incident.id}/review`)
        .send({ verificationStatus: 'verified', version: incident.version }),
    );
  }
  return { draftIncidentId: draft.id, verifiedIncidentId: recent.id };
}

/** Case 1 (caseworker, lawyer) with an overdue and a due-soon deadline; case 2 with nobody, due in 5 days. */
async function cases(app: FastifyInstance, people: Team) {
  const { coordinator, caseworker, lawyer } = people;
  const person = await seedPerson(app, { createdById: coordinator.user.id, alias: PERSON_ALIAS });
  const mine = await seedCase(app, {
    personId: person.id,
    createdById: coordinator.user.id,
    assigneeIds: [caseworker.user.id],
    lawyerId: lawyer.user.id,
  });
  const nobodys = await seedCase(app, {
    personId: person.id,
    createdById: coordinator.user.id,
    type: 'detention',
  });
  const deadline = (caseId: string, title: string, dueAt: Date) =>
    app.db.caseDeadline.create({
      data: { caseId, kind: 'appeal', title, dueAt, createdById: coordinator.user.id },
    });
  await deadline(mine.id, 'CNDA appeal', daysAgo(1));
  await deadline(mine.id, 'Prefecture appointment', daysAgo(-3));
  await deadline(nobodys.id, 'JLD hearing', daysAgo(-5));
  return { myCaseId: mine.id, unassignedCaseId: nobodys.id };
}

/**
 * Stock: a warehouse and a van; the volunteer receives 30 blankets and 12 tins (expiring in 10 days)
 * into the van, where blankets should not fall below 50. Needs at A: 100 blankets (short) and 10 (covered).
 */
async function supplies(app: FastifyInstance, people: Team, siteA: string) {
  const items = await itemIds(app);
  const warehouse = await createLocation(app, 'warehouse', 'A warehouse');
  const van = await createLocation(app, 'van', 'Van 1');
  const expiresOn = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
  await receive(app, people.volunteer.token, van, [
    { itemId: items.BLANKET!, quantity: 30 },
    { itemId: items['TINNED-BEANS']!, quantity: 12, expiresOn },
  ]);
  await app.db.stockThreshold.create({ data: { itemId: items.BLANKET!, locationId: van, minQuantity: 50 } });
  const need = (quantity: number) =>
    ok(
      api(app, people.coordinator.token)
        .post('/api/supplies/needs')
        .send({ siteId: siteA, neededBy: '2026-12-24', lines: [{ itemId: items.BLANKET, quantity }] }),
    );
  const short = await need(100);
  await need(10);
  return { warehouse, van, blanketId: items.BLANKET!, shortNeedId: short.need.id as string };
}

/** The lawyer's saved filter and dossiers: one ready, one still queued. */
async function lawyerLists(app: FastifyInstance, lawyer: SignedIn) {
  await ok(
    api(app, lawyer.token)
      .post('/api/saved-filters')
      .send({ name: 'Verified', query: 'verificationStatus=verified' }),
  );
  const ready = await app.db.dossier.create({
    data: {
      requestedById: lawyer.user.id,
      query: '',
      status: 'ready',
      progress: 100,
      incidentCount: 2,
      finishedAt: new Date(),
      expiresAt: new Date(Date.now() + 30 * DAY),
    },
  });
  await app.db.dossier.create({ data: { requestedById: lawyer.user.id, query: '', status: 'queued' } });
  return { readyDossierId: ready.id };
}

export async function overviewWorld(app: FastifyInstance) {
  const people = await team(app);
  const places = await evictions(app, people);
  const records = await incidents(app, people, places);
  const casework = await cases(app, people);
  const stock = await supplies(app, people, places.siteA);
  const lists = await lawyerLists(app, people.lawyer);
  return { people, ...places, ...records, ...casework, ...stock, ...lists };
}
export type OverviewWorld = Awaited<ReturnType<typeof overviewWorld>>;
