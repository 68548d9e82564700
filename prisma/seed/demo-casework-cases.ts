import { randomUUID } from 'node:crypto';
import type { Db, Prisma } from '@vigil/db';
import type { CaseworkVault, SealedAt } from '../../apps/api/src/features/casework/vault/vault';
import type { DemoCase, DemoPerson } from './demo-casework-model';
import { CASE_TEMPLATES } from './demo-casework-types';
import type { seededRandom } from './random';

export const DAY_MS = 86_400_000;
const INTERPRETERS = [
  'Tekle (volunteer)',
  'Interprètes Solidaires',
  'Rahila (volunteer)',
  'Phone interpreter',
];
const FLAG_REASONS: Record<string, string> = {
  detention_review: 'Held at the CRA Coquelles: the JLD reviews the detention',
  at_risk: 'Threats and pressure at the camp reported to the caseworker',
  urgent: 'Short appeal deadline',
};
const REFERRAL_REASONS: Record<string, string> = {
  legal_aid: 'Needs a lawyer who takes legal aid',
  solicitor: 'Needs a lawyer for the appeal',
  medical: 'Medical follow-up',
  shelter: 'Needs a safe place to sleep',
  ngo: 'Follow-up by a specialised association',
  interpreting: 'Interpreter for the interview',
};

export interface CaseworkDemoUsers {
  nour: string;
  lou: string;
  coordinator: string;
  lawyer: string;
}

/** One case with its assignments, flags, deadlines, notes, referral and history. */
export async function seedDemoCase(
  db: Db,
  vault: CaseworkVault,
  rnd: ReturnType<typeof seededRandom>,
  o: {
    personId: string;
    spec: DemoCase;
    demo: DemoPerson;
    owners: string[];
    users: CaseworkDemoUsers;
    openedAt: Date;
    incidentId: string | null;
    partners: Map<string, { id: string; kind: string }>;
    sharesPersonalData: boolean;
    overdue: boolean;
  },
) {
  const { spec, owners, openedAt } = o;
  const template = CASE_TEMPLATES[spec.type];
  const id = randomUUID();
  const at = (field: string): SealedAt => ({ table: 'cases', id, field });
  const closedAt =
    spec.closedDaysAgo === undefined ? null : new Date(Date.now() - spec.closedDaysAgo * DAY_MS);
  const lead = owners[0] ?? o.users.coordinator;
  const [next] = await db.$queryRaw<{ seq: bigint }[]>`SELECT nextval('case_reference_seq') AS seq`;
  const needsInterpreter = !o.demo.languages.some((l) => l === 'fr' || l === 'en');
  await db.case.create({
    data: {
      id,
      reference: `CASE-${openedAt.getUTCFullYear()}-${String(next!.seq).padStart(6, '0')}`,
      personId: o.personId,
      type: spec.type,
      status: spec.status,
      outcome: spec.outcome ?? null,
      waitingOn: spec.waitingOn ?? null,
      summaryEnc: vault.seal(at('summary'), rnd.pick(template.summaries)),
      legalArgumentsEnc:
        template.legalArguments && (spec.lawyer || rnd.chance(0.3))
          ? vault.seal(at('legalArguments'), template.legalArguments)
          : null,
      personDecisionEnc:
        template.decision && rnd.chance(0.6) ? vault.seal(at('personDecision'), template.decision) : null,
      lawyerId: spec.lawyer ? o.users.lawyer : null,
      interpreter: needsInterpreter && rnd.chance(0.6) ? rnd.pick(INTERPRETERS) : null,
      interpretedIn: needsInterpreter ? o.demo.languages[0]! : null,
      incidentId: o.incidentId,
      openedAt,
      closedAt,
      createdById: lead,
      createdAt: openedAt,
      assignments: {
        create: owners.map((userId) => ({ userId, assignedById: o.users.coordinator, assignedAt: openedAt })),
      },
    },
  });
  const who = { caseId: id, personId: o.personId, actorId: lead };
  const history: Prisma.CaseworkChangeCreateManyInput[] = [{ ...who, action: 'case.opened', at: openedAt }];
  if (closedAt) {
    history.push(
      {
        ...who,
        action: 'case.updated',
        field: 'status',
        oldValue: 'active',
        newValue: 'closed',
        at: closedAt,
      },
      { ...who, action: 'case.updated', field: 'outcome', newValue: spec.outcome ?? null, at: closedAt },
    );
  }
  await db.caseworkChange.createMany({ data: history });

  const since = (fraction: number) =>
    new Date(openedAt.getTime() + fraction * ((closedAt?.getTime() ?? Date.now()) - openedAt.getTime()));
  for (const flag of spec.flags ?? []) {
    const cleared = closedAt !== null;
    await db.caseFlag.create({
      data: {
        caseId: id,
        flag,
        setReason: FLAG_REASONS[flag] ?? 'Set by the caseworker',
        setById: lead,
        setAt: since(0.1),
        ...(cleared ? { clearReason: 'Case closed', clearedById: lead, clearedAt: closedAt } : {}),
      },
    });
  }
  await seedDeadlines(db, rnd, id, spec, lead, closedAt, o.overdue);
  const notes = template.notes.slice(0, rnd.int(1, template.notes.length));
  for (const [i, body] of notes.entries()) {
    const noteId = randomUUID();
    await db.caseNote.create({
      data: {
        id: noteId,
        caseId: id,
        bodyEnc: vault.seal({ table: 'case_notes', id: noteId, field: 'body' }, body),
        authorId: owners[i % Math.max(owners.length, 1)] ?? lead,
        createdAt: since((i + 1) / (notes.length + 1)),
      },
    });
  }
  const partner = template.partner ? o.partners.get(template.partner) : undefined;
  if (partner && rnd.chance(0.5)) {
    await db.caseReferral.create({
      data: {
        caseId: id,
        partnerId: partner.id,
        sharesPersonalData: o.sharesPersonalData,
        reason: REFERRAL_REASONS[partner.kind] ?? 'Referral',
        status: closedAt ? 'closed' : rnd.pick(['proposed', 'sent', 'accepted'] as const),
        createdById: lead,
        createdAt: since(0.2),
      },
    });
  }
}

/** Open cases: the type's deadlines around today, one overdue call-back in six. Closed: all done. */
async function seedDeadlines(
  db: Db,
  rnd: ReturnType<typeof seededRandom>,
  caseId: string,
  spec: DemoCase,
  lead: string,
  closedAt: Date | null,
  overdue: boolean,
) {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const due = (days: number) => new Date(today.getTime() + days * DAY_MS + rnd.int(8, 17) * 3_600_000);
  // Short legal deadlines stay close to the template's; the others spread over the coming weeks.
  const items = CASE_TEMPLATES[spec.type].deadlines.map(([kind, title, days]) => ({
    kind,
    title,
    days: days <= 3 ? days + rnd.int(-1, 2) : days + rnd.int(0, 21),
  }));
  if (overdue && !closedAt)
    items.push({ kind: 'task', title: 'Call back: no answer since last week', days: -rnd.int(1, 4) });
  for (const item of items) {
    const dueAt = closedAt ? new Date(closedAt.getTime() - rnd.int(3, 30) * DAY_MS) : due(item.days);
    const done =
      closedAt !== null ||
      (item.days < 0 && !overdue) ||
      (spec.status === 'waiting' && item.kind === 'submission');
    await db.caseDeadline.create({
      data: {
        caseId,
        kind: item.kind,
        title: item.title,
        dueAt,
        assigneeId: spec.owners === '-' ? null : lead,
        doneAt: done ? new Date(dueAt.getTime() - DAY_MS) : null,
        doneById: done ? lead : null,
        createdById: lead,
      },
    });
  }
}
