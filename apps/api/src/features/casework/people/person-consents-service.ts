import type { ConsentInput } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertPersonVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { recordChanges } from '../access/casework-history';
import { checkConsentTime } from './person-registration';

async function writablePerson(db: Db, actor: Actor, personId: string) {
  const person = await assertPersonVisible(db, actor, personId);
  if (person.erasedAt) throw AppError.conflict("This person's data was erased");
  return person;
}

/**
 * Consent is a record, never overwritten: a new consent supersedes the previous one and a withdrawal
 * is dated. Withdrawing `store_contact` does not delete stored contacts by itself (the person may
 * want a caseworker to confirm first); the person's detail shows the scopes in force next to the
 * fields set, so the dashboard prompts someone to remove them.
 */
export function createPersonConsentsService(db: Db) {
  return {
    async give(actor: Actor, personId: string, body: ConsentInput): Promise<void> {
      await writablePerson(db, actor, personId);
      checkConsentTime(body, 'body');
      await db.$transaction(async (tx) => {
        const consent = await tx.consent.create({
          data: { ...body, scopes: [...new Set(body.scopes)], personId, explainedById: actor.userId },
        });
        await recordChanges(tx, actor, { personId, action: 'person.consent_given' }, [
          { field: 'consentScopes', oldValue: null, newValue: JSON.stringify(body.scopes) },
        ]);
        await auditCaseworkChange(tx, actor, {
          action: 'person.consent_given',
          personId,
          fields: ['consent'],
          meta: { consentId: consent.id },
        });
      });
    },

    async withdraw(actor: Actor, personId: string, consentId: string): Promise<void> {
      await writablePerson(db, actor, personId);
      await db.$transaction(async (tx) => {
        const consent = await tx.consent.findFirst({ where: { id: consentId, personId } });
        if (!consent) throw AppError.notFound('Consent');
        const done = await tx.consent.updateMany({
          where: { id: consentId, withdrawnAt: null },
          data: { withdrawnAt: new Date(), withdrawnById: actor.userId },
        });
        if (done.count !== 1) throw AppError.conflict('This consent was already withdrawn');
        await recordChanges(tx, actor, { personId, action: 'person.consent_withdrawn' }, [
          { field: 'consentScopes', oldValue: JSON.stringify(consent.scopes), newValue: null },
        ]);
        await auditCaseworkChange(tx, actor, {
          action: 'person.consent_withdrawn',
          personId,
          fields: ['consent'],
          meta: { consentId },
        });
      });
    },
  };
}
