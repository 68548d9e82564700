import { randomUUID } from 'node:crypto';
import type { ConsentScope } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { CaseworkVault } from '../../apps/api/src/features/casework/vault/vault';
import { type CaseworkDemoUsers, DAY_MS, seedDemoCase } from './demo-casework-cases';
import type { DemoCase, DemoPerson, Owners } from './demo-casework-model';
import { DEMO_PEOPLE } from './demo-casework-people';
import { PARTNERS } from './demo-casework-types';
import { seededRandom } from './random';

/**
 * The casework demo: the partner directory, about 60 people and 80 cases with deadlines around
 * today, notes, flags, referrals and history, sealed with the same vault (and keys) the API uses.
 * Two people's cases closed more than a year ago, so that the retention preview has something to show.
 */
export async function seedDemoCasework(db: Db, vault: CaseworkVault, users: CaseworkDemoUsers) {
  const rnd = seededRandom(2026);
  const now = Date.now();
  const partners = new Map<string, { id: string; kind: string }>();
  for (const partner of PARTNERS) {
    const id = randomUUID();
    const notesEnc = partner.notes
      ? vault.seal({ table: 'partners', id, field: 'notes' }, partner.notes)
      : null;
    await db.partner.create({
      data: {
        id,
        name: partner.name,
        kind: partner.kind,
        languages: partner.languages,
        takesLegalAid: partner.takesLegalAid ?? false,
        contact: partner.contact,
        notesEnc,
      },
    });
    partners.set(partner.name, { id, kind: partner.kind });
  }
  const incidents = await db.incident.findMany({
    where: { status: 'submitted' },
    orderBy: { startAt: 'desc' },
    take: 4,
    select: { id: true },
  });
  const ownersOf = (owners: Owners) =>
    ({ N: [users.nour], L: [users.lou], NL: [users.nour, users.lou], C: [users.coordinator], '-': [] })[
      owners
    ];
  let caseCount = 0;

  for (const demo of DEMO_PEOPLE) {
    const personId = randomUUID();
    const opened = demo.cases.map((c) => openedDaysAgo(c, rnd));
    const registeredAt = new Date(now - Math.max(...opened) * DAY_MS);
    const creator = ownersOf(demo.cases[0]!.owners)[0] ?? users.coordinator;
    await db.person.create({
      data: {
        id: personId,
        alias: demo.alias,
        ...sealedPersonFields(vault, personId, demo, rnd),
        ageRange: demo.ageRange,
        gender: demo.gender,
        nationality: demo.nationality,
        languages: demo.languages,
        sensitivity: demo.sensitivity ?? [],
        createdById: creator,
        createdAt: registeredAt,
        consents: {
          create: {
            scopes: consentScopes(demo, rnd),
            language: demo.languages[0]!,
            explainedById: creator,
            givenAt: registeredAt,
          },
        },
      },
    });
    await db.caseworkChange.create({
      data: { personId, actorId: creator, action: 'person.created', at: registeredAt },
    });
    for (const who of demo.grants ?? []) {
      await db.personAccessGrant.create({
        data: {
          personId,
          userId: who === 'N' ? users.nour : users.lou,
          reason: 'Works this person’s cases; named by the coordinator',
          grantedById: users.coordinator,
        },
      });
    }
    const consent = await db.consent.findFirstOrThrow({ where: { personId } });
    for (const [i, spec] of demo.cases.entries()) {
      caseCount += 1;
      const owners = ownersOf(spec.owners);
      const incidentId = spec.incident ? (incidents[caseCount % Math.max(incidents.length, 1)]?.id ?? null) : null;
      if (incidentId) await linkVictim(db, incidentId, personId);
      await seedDemoCase(db, vault, rnd, {
        personId,
        spec,
        demo,
        owners,
        users,
        openedAt: new Date(now - opened[i]! * DAY_MS),
        incidentId,
        partners,
        sharesPersonalData: consent.scopes.includes('share_with_partners'),
        overdue: caseCount % 6 === 0,
      });
    }
  }
}

/** A police complaint's person is one of the incident's individual victims (linked, not copied). */
async function linkVictim(db: Db, incidentId: string, personId: string) {
  const victim = await db.victim.findFirst({
    where: { incidentId, isGroup: false, personId: null },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  if (victim) await db.victim.update({ where: { id: victim.id }, data: { personId } });
}

function openedDaysAgo(spec: DemoCase, rnd: ReturnType<typeof seededRandom>) {
  if (spec.closedDaysAgo !== undefined) return spec.closedDaysAgo + rnd.int(40, 300);
  return spec.status === 'open' ? rnd.int(1, 20) : rnd.int(15, 400);
}

function sealedPersonFields(
  vault: CaseworkVault,
  id: string,
  demo: DemoPerson,
  rnd: ReturnType<typeof seededRandom>,
) {
  const seal = (field: string, value: string | undefined) =>
    value === undefined ? null : vault.seal({ table: 'people', id, field }, value);
  const contact = demo.phone && [
    { kind: demo.phone.startsWith('+') ? 'whatsapp' : 'other', value: demo.phone },
  ];
  const notes = rnd.chance(0.3) ? 'Easier to reach at the Tuesday distribution than by phone.' : undefined;
  return {
    legalNameEnc: seal('legalName', demo.legalName),
    dateOfBirthEnc: seal('dateOfBirth', demo.dateOfBirth),
    contactsEnc: seal('contacts', contact ? JSON.stringify(contact) : undefined),
    notesEnc: seal('notes', notes),
  };
}

function consentScopes(demo: DemoPerson, rnd: ReturnType<typeof seededRandom>): ConsentScope[] {
  const scopes: ConsentScope[] = ['casework'];
  if (demo.phone) scopes.push('store_contact');
  if (rnd.chance(0.5)) scopes.push('store_documents');
  if (demo.cases.some((c) => c.lawyer)) scopes.push('share_with_lawyer');
  if (rnd.chance(0.6)) scopes.push('share_with_partners');
  return scopes;
}
