import { randomUUID } from 'node:crypto';
import {
  type ConsentInput,
  type ConsentScope,
  type CreatePersonInput,
  PERSON_PERSONAL_FIELDS,
  can,
} from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { auditCaseworkChange } from '../access/casework-audit';
import { diffFields, recordChanges } from '../access/casework-history';
import type { CaseworkVault } from '../vault/vault';
import { grantFlagSetter } from './access-list';
import {
  type PersonalValues,
  SEALED_COLUMNS,
  effectiveSensitivity,
  plaintextsOf,
  sealPersonal,
} from './person-fields';

/** Clock skew a phone may have when it says when consent was given. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function checkConsentTime(consent: ConsentInput, path: string): void {
  if (consent.givenAt.getTime() > Date.now() + FUTURE_SLACK_MS)
    throw AppError.invalid(`${path}/givenAt`, 'Cannot be in the future');
}

/** Rules on personal values that a schema cannot express; `path` prefixes the field in the 400. */
export function checkPersonalValues(
  values: PersonalValues,
  scopes: readonly ConsentScope[],
  path: string,
): void {
  if (values.dateOfBirth && values.dateOfBirth > new Date().toISOString().slice(0, 10)) {
    throw AppError.invalid(`${path}/dateOfBirth`, 'Cannot be in the future');
  }
  if (values.contacts && values.contacts.length > 0 && !scopes.includes('store_contact')) {
    throw AppError.invalid(
      `${path}/contacts`,
      'The person has not consented to storing their contacts (store_contact)',
    );
  }
}

const filled = (value: unknown) =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * Registers a person with their consent inside the caller's transaction (a case can register its
 * person in the same transaction) and returns the new id. History names every field set; personal
 * values go into it sealed.
 */
export async function registerPerson(
  tx: DbOrTx,
  vault: CaseworkVault,
  actor: Actor,
  body: CreatePersonInput,
  path = 'body',
): Promise<string> {
  checkConsentTime(body.consent, `${path}/consent`);
  checkPersonalValues(body, body.consent.scopes, path);
  const id = randomUUID();
  const sealed = sealPersonal(vault, id, plaintextsOf(body));
  const plain = {
    alias: body.alias,
    ageRange: body.ageRange ?? null,
    gender: body.gender ?? null,
    nationality: body.nationality ?? null,
    languages: body.languages ?? [],
    sensitivity: effectiveSensitivity(body.sensitivity ?? [], {
      dateOfBirth: body.dateOfBirth ?? null,
      ageRange: body.ageRange ?? null,
    }),
  };
  await tx.person.create({
    data: {
      id,
      ...plain,
      ...sealed,
      createdById: actor.userId,
      consents: {
        create: { ...body.consent, scopes: [...new Set(body.consent.scopes)], explainedById: actor.userId },
      },
    },
  });
  const sealedByField = Object.fromEntries(PERSON_PERSONAL_FIELDS.map((f) => [f, sealed[SEALED_COLUMNS[f]]]));
  const onlyFilled = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => filled(v)));
  const changes = [
    ...diffFields<Record<string, unknown>>({}, onlyFilled(plain)),
    ...diffFields<Record<string, unknown>>({}, onlyFilled(sealedByField), PERSON_PERSONAL_FIELDS),
  ];
  await recordChanges(tx, actor, { personId: id, action: 'person.created' }, changes);
  await recordChanges(tx, actor, { personId: id, action: 'person.consent_given' }, [
    { field: 'consentScopes', oldValue: null, newValue: JSON.stringify(body.consent.scopes) },
  ]);
  await auditCaseworkChange(tx, actor, {
    action: 'person.created',
    personId: id,
    fields: changes.map((c) => c.field),
  });
  if (can(actor.role, 'cases.read_personal')) {
    await grantFlagSetter(tx, actor, {
      personId: id,
      before: [],
      after: plain.sensitivity,
      reason: 'registered the person',
    });
  }
  return id;
}
