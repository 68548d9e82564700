import { type PersonPersonalField, type UpdatePersonInput } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertMayReadPersonal, mayReadPersonal } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { diffFields, recordChanges } from '../access/casework-history';
import type { CaseworkVault } from '../vault/vault';
import { grantFlagSetter } from './access-list';
import {
  SEALED_COLUMNS,
  effectiveSensitivity,
  openPersonal,
  plaintextsOf,
  sealPersonal,
} from './person-fields';
import { checkPersonalValues } from './person-registration';
import { consentScopesInForce } from '../access/consent-in-force';
import { type PersonRecord, findVisiblePerson } from './people-repository';

const stale = () => AppError.conflict('Someone changed this person meanwhile: reload them');

/**
 * The flags after the update, and whether any were removed. Removing `minor` re-checks the stored
 * date of birth, which only a reader of personal fields may cause (removing flags requires it anyway).
 */
function nextSensitivity(vault: CaseworkVault, person: PersonRecord, body: UpdatePersonInput) {
  const ageRange = body.ageRange !== undefined ? body.ageRange : person.ageRange;
  const current = effectiveSensitivity(person.sensitivity, { dateOfBirth: null, ageRange: null });
  let next = effectiveSensitivity(body.sensitivity ?? current, {
    dateOfBirth: body.dateOfBirth ?? null,
    ageRange,
  });
  const removed = current.filter((flag) => !next.includes(flag));
  return {
    current,
    removed,
    resolve: async () => {
      if (removed.includes('minor') && body.dateOfBirth === undefined) {
        const { dateOfBirth } = await openPersonal(vault, person, ['dateOfBirth']);
        next = effectiveSensitivity(next, { dateOfBirth: dateOfBirth ?? null, ageRange });
      }
      return next;
    },
  };
}

/**
 * Changes a person under an optimistic version check. Writing personal fields, or removing a
 * sensitivity flag, needs the right to read them: writing blind is still handling them. Sealed
 * fields count as changed only when their plaintext differs; history keeps both ciphertexts.
 */
export async function updatePerson(
  db: Db,
  vault: CaseworkVault,
  actor: Actor,
  id: string,
  body: UpdatePersonInput,
) {
  const person = await findVisiblePerson(db, actor, id);
  if (person.erasedAt) throw AppError.conflict("This person's data was erased");
  if (person.version !== body.version) throw stale();
  const couldRead = await mayReadPersonal(db, actor, person);
  const plaintexts = plaintextsOf(body);
  const personalFields = Object.keys(plaintexts) as PersonPersonalField[];
  const flags = nextSensitivity(vault, person, body);
  if (personalFields.length > 0 || flags.removed.length > 0) await assertMayReadPersonal(db, actor, person);
  checkPersonalValues(body, consentScopesInForce(person.consents), 'body');
  const sensitivity = await flags.resolve();

  const before = await openPersonal(vault, person, personalFields);
  const sealed = sealPersonal(
    vault,
    id,
    Object.fromEntries(
      personalFields.filter((f) => before[f] !== plaintexts[f]).map((f) => [f, plaintexts[f]]),
    ),
  );
  const sealedChanges = diffFields(
    Object.fromEntries(personalFields.map((f) => [f, person[SEALED_COLUMNS[f]]])),
    Object.fromEntries(
      personalFields.filter((f) => SEALED_COLUMNS[f] in sealed).map((f) => [f, sealed[SEALED_COLUMNS[f]]]),
    ),
    personalFields,
  );
  const plain = {
    alias: body.alias,
    ageRange: body.ageRange,
    gender: body.gender,
    nationality: body.nationality,
    languages: body.languages,
    sensitivity,
  };
  const plainChanges = diffFields({ ...person, sensitivity: flags.current }, plain);
  const changes = [...plainChanges, ...sealedChanges];
  if (changes.length === 0) return;

  await db.$transaction(async (tx) => {
    const done = await tx.person.updateMany({
      where: { id, version: body.version },
      data: {
        ...Object.fromEntries(plainChanges.map((c) => [c.field, plain[c.field as keyof typeof plain]])),
        ...sealed,
        version: body.version + 1,
      },
    });
    if (done.count !== 1) throw stale();
    await recordChanges(tx, actor, { personId: id, action: 'person.updated' }, changes);
    await auditCaseworkChange(tx, actor, {
      action: 'person.updated',
      personId: id,
      fields: changes.map((c) => c.field),
    });
    if (couldRead) {
      await grantFlagSetter(tx, actor, {
        personId: id,
        before: flags.current,
        after: sensitivity,
        reason: 'set a sensitivity flag',
      });
    }
  });
}
