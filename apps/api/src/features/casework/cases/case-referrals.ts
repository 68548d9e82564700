import type { createReferralBodySchema, updateReferralBodySchema } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertCaseVisible, assertMayReadPersonal } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { recordChanges } from '../access/casework-history';
import { userRefsOf } from '../deadlines/user-refs';
import { consentCovers } from '../access/consent-in-force';
import type { CaseDeps } from './case-deps';
import { caseDetailInclude, toReferralView } from './case-view';
import { touchCase } from './case-writes';

const SHARE_SCOPE = 'share_with_partners';

async function referralView(db: DbOrTx, id: string) {
  const referral = await db.caseReferral.findUniqueOrThrow({
    where: { id },
    include: caseDetailInclude.referrals.include,
  });
  return toReferralView(referral, await userRefsOf(db, [referral.createdById]));
}

/** Refers the case to a partner; sharing personal data needs both the reader's access and the consent. */
export async function createReferral(
  { db }: CaseDeps,
  actor: Actor,
  caseId: string,
  body: z.output<typeof createReferralBodySchema>,
) {
  const reachable = await assertCaseVisible(db, actor, caseId);
  const personId = reachable.personId;
  const partner = await db.partner.findFirst({
    where: { id: body.partnerId, active: true },
    select: { name: true },
  });
  if (!partner) throw AppError.invalid('body/partnerId', 'No such partner in the directory');
  if (body.sharesPersonalData) {
    await assertMayReadPersonal(db, actor, { id: personId, sensitivity: reachable.person.sensitivity });
    if (!(await consentCovers(db, personId, SHARE_SCOPE))) {
      throw AppError.conflict(
        `The person's consent does not include ${SHARE_SCOPE}: record their consent first`,
        [{ path: 'body/sharesPersonalData', message: `Needs the consent scope ${SHARE_SCOPE}` }],
      );
    }
  }
  const id = await db.$transaction(async (tx) => {
    await touchCase(tx, caseId);
    const created = await tx.caseReferral.create({
      data: {
        caseId,
        partnerId: body.partnerId,
        sharesPersonalData: body.sharesPersonalData,
        reason: body.reason,
        createdById: actor.userId,
      },
    });
    await recordChanges(tx, actor, { personId, caseId, action: 'case.referral_created' }, [
      { field: 'partner', oldValue: null, newValue: partner.name },
      { field: 'sharesPersonalData', oldValue: null, newValue: String(body.sharesPersonalData) },
      { field: 'reason', oldValue: null, newValue: body.reason },
    ]);
    await auditCaseworkChange(tx, actor, {
      action: 'casework.referral_create',
      personId,
      caseId,
      meta: { partnerId: body.partnerId, sharesPersonalData: body.sharesPersonalData },
    });
    return created.id;
  });
  return referralView(db, id);
}

export async function updateReferral(
  { db }: CaseDeps,
  actor: Actor,
  ids: { caseId: string; referralId: string },
  body: z.output<typeof updateReferralBodySchema>,
) {
  const { caseId, referralId } = ids;
  const { personId } = await assertCaseVisible(db, actor, caseId);
  await db.$transaction(async (tx) => {
    await touchCase(tx, caseId);
    const referral = await tx.caseReferral.findFirst({ where: { id: referralId, caseId } });
    if (!referral) throw AppError.notFound('Referral');
    if (referral.status === body.status) return;
    await tx.caseReferral.update({ where: { id: referralId }, data: { status: body.status } });
    await recordChanges(tx, actor, { personId, caseId, action: 'case.referral_updated' }, [
      { field: 'referralStatus', oldValue: referral.status, newValue: body.status },
    ]);
    await auditCaseworkChange(tx, actor, {
      action: 'casework.referral_update',
      personId,
      caseId,
      fields: ['referralStatus'],
      meta: { referralId },
    });
  });
  return referralView(db, referralId);
}
