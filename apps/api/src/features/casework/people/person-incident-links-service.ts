import { type IncidentVictimCandidates, type PersonIncidentLink, can } from '@vigil/contracts';
import type { Db, DbOrTx, Prisma } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertPersonVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';

const incidentRef = { select: { id: true, reference: true, title: true, startAt: true } } as const;

/** Incidents the reader may open: submitted ones, and drafts they wrote (all drafts for reviewers). */
function readableIncidents(actor: Actor): Prisma.IncidentWhereInput {
  if (can(actor.role, 'incidents.write') && can(actor.role, 'incidents.review')) return {};
  return { OR: [{ status: { not: 'draft' } }, { authorId: actor.userId }] };
}

/**
 * Links between incident victims and the casework person they are: the incident keeps its pseudonym,
 * the person's page lists the incidents. Linking needs both sides in reach: the person (casework
 * record rules) and incidents (incidents.read), so a caseworker without incident access sees no links.
 */
export function createPersonIncidentLinksService(db: Db) {
  async function assertReach(tx: DbOrTx, actor: Actor, personId: string) {
    if (!can(actor.role, 'incidents.read')) throw AppError.forbidden('Linking incidents needs access to incidents');
    const person = await assertPersonVisible(tx, actor, personId);
    if (person.erasedAt) throw AppError.conflict('This person was forgotten: nothing can be linked to them');
  }

  async function links(tx: DbOrTx, actor: Actor, personId: string): Promise<PersonIncidentLink[]> {
    const victims = await tx.victim.findMany({
      where: { personId, incident: readableIncidents(actor) },
      select: { id: true, alias: true, incident: incidentRef },
      orderBy: [{ incident: { startAt: 'desc' } }, { id: 'asc' }],
    });
    return victims.map((v) => ({ victimId: v.id, victimAlias: v.alias, incident: v.incident }));
  }

  async function findVictim(tx: DbOrTx, actor: Actor, victimId: string) {
    const victim = await tx.victim.findFirst({
      where: { id: victimId, incident: readableIncidents(actor) },
      select: { id: true, personId: true, incidentId: true },
    });
    if (!victim) throw AppError.notFound('Victim');
    return victim;
  }

  /**
   * Links (or unlinks) a victim when `decide`, given the victim's current person, says a change is
   * due; the change and its audit entry commit together. Answers the person's links either way.
   */
  function setLink(
    actor: Actor,
    personId: string,
    victimId: string,
    decide: (current: string | null) => boolean,
  ) {
    return db.$transaction(async (tx) => {
      await assertReach(tx, actor, personId);
      const victim = await findVictim(tx, actor, victimId);
      if (decide(victim.personId)) {
        const linking = victim.personId === null;
        await tx.victim.update({ where: { id: victimId }, data: { personId: linking ? personId : null } });
        await auditCaseworkChange(tx, actor, {
          action: linking ? 'person.incident_linked' : 'person.incident_unlinked',
          personId,
          fields: ['incidents'],
          meta: { incidentId: victim.incidentId, victimId },
        });
      }
      return links(tx, actor, personId);
    });
  }

  return {
    async list(actor: Actor, personId: string) {
      await assertReach(db, actor, personId);
      return links(db, actor, personId);
    },

    async candidates(actor: Actor, personId: string, reference: string): Promise<IncidentVictimCandidates> {
      await assertReach(db, actor, personId);
      const incident = await db.incident.findFirst({
        where: { AND: [{ reference }, readableIncidents(actor)] },
        select: { ...incidentRef.select, victims: { orderBy: { id: 'asc' } } },
      });
      if (!incident) throw AppError.notFound('Incident');
      const { victims, ...ref } = incident;
      return {
        incident: ref,
        victims: victims.map((v) => ({
          id: v.id,
          alias: v.alias,
          isGroup: v.isGroup,
          count: v.count,
          link: v.personId === null ? 'none' : v.personId === personId ? 'this_person' : 'another_person',
        })),
      };
    },

    async link(actor: Actor, personId: string, victimId: string) {
      return setLink(actor, personId, victimId, (current) => {
        if (current === personId) return false;
        if (current !== null) {
          throw AppError.conflict('This victim is already linked to another person: unlink them first');
        }
        return true;
      });
    },

    async unlink(actor: Actor, personId: string, victimId: string) {
      return setLink(actor, personId, victimId, (current) => {
        if (current !== personId) throw AppError.notFound('Link');
        return true;
      });
    },
  };
}
