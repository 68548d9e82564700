import { can } from '@vigil/contracts';
import type { Actor } from '../../../lib/actor';
import { assertCaseVisible, mayReadPersonal } from '../access/case-access';
import { auditPersonalRead } from '../access/casework-audit';
import { userRefsOf } from '../deadlines/user-refs';
import type { CaseDeps } from './case-deps';
import { NO_EXTRAS, caseExtras } from './case-extras';
import { openCaseTexts } from './case-texts';
import { caseDetailInclude, namedUsers, toCaseDetail } from './case-view';

/**
 * A case as its reader may see it: out of reach → 404; the sealed texts opened only for a reader of
 * the person's personal data, and then every opened text is named in the audit log. `openTexts`
 * false leaves them sealed: for answers the idempotency store keeps (it must never hold them in clear).
 */
export async function caseDetail({ db, vault }: CaseDeps, actor: Actor, id: string, openTexts = true) {
  const reachable = await assertCaseVisible(db, actor, id);
  const person = { id: reachable.personId, sensitivity: reachable.person.sensitivity };
  const [record, extras, mayRead] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id }, include: caseDetailInclude }),
    caseExtras(db, [id]),
    mayReadPersonal(db, actor, person),
  ]);
  const ref = await userRefsOf(db, namedUsers(record));
  const texts = mayRead && openTexts ? await openCaseTexts(vault, record) : null;
  const opened = texts ? Object.entries(texts).filter(([, text]) => text !== null) : [];
  if (opened.length) {
    await auditPersonalRead(db, actor, {
      personId: person.id,
      caseId: id,
      fields: opened.map(([f]) => `case.${f}`),
    });
  }
  return toCaseDetail(record, extras.get(id) ?? NO_EXTRAS, ref, {
    canReadPersonal: mayRead,
    texts,
    showIncidentTitle: can(actor.role, 'incidents.read'),
  });
}
