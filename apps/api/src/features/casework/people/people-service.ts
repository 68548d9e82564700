import {
  type CreatePersonInput,
  PERSON_PERSONAL_FIELDS,
  type PersonPersonalField,
  type UpdatePersonInput,
  type personListQuerySchema,
} from '@vigil/contracts';
import type { Db, DbOrTx } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { displayNames } from '../../sites/sites-repository';
import { assertMayReadPersonal, mayReadPersonal } from '../access/case-access';
import { auditPersonalRead } from '../access/casework-audit';
import type { CaseworkVault } from '../vault/vault';
import { openPersonal, valueOf } from './person-fields';
import { registerPerson } from './person-registration';
import { updatePerson } from './person-update';
import { toPersonDetail, toPersonSummary } from './person-view';
import {
  decodeAliasCursor,
  encodeAliasCursor,
  findVisiblePerson,
  listVisiblePeople,
  visibleCasesOf,
} from './people-repository';

type ListQuery = z.output<typeof personListQuerySchema>;

export type PeopleService = ReturnType<typeof createPeopleService>;

/** People the collective supports: pseudonymous lists and details, audited personal reads. */
export function createPeopleService(db: Db, vault: CaseworkVault) {
  async function detail(tx: DbOrTx, actor: Actor, id: string) {
    const person = await findVisiblePerson(tx, actor, id);
    const cases = await visibleCasesOf(tx, actor, id);
    const names = await displayNames(
      tx,
      person.consents.map((c) => c.explainedById),
    );
    return toPersonDetail(person, {
      cases,
      names,
      canReadPersonal: await mayReadPersonal(tx, actor, person),
    });
  }

  return {
    /** Reads no personal field, so it is not audited. */
    get: (actor: Actor, id: string) => detail(db, actor, id),

    async list(actor: Actor, query: ListQuery) {
      const cursor = query.cursor ? decodeAliasCursor(query.cursor) : null;
      const rows = await listVisiblePeople(db, actor, { q: query.q, cursor, take: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        people: page.map(toPersonSummary),
        nextCursor: rows.length > query.limit && last ? encodeAliasCursor(last) : null,
      };
    },

    async create(actor: Actor, body: CreatePersonInput) {
      const id = await db.$transaction((tx) => registerPerson(tx, vault, actor, body));
      return detail(db, actor, id);
    },

    async update(actor: Actor, id: string, body: UpdatePersonInput) {
      await updatePerson(db, vault, actor, id, body);
      return detail(db, actor, id);
    },

    /**
     * Opens the asked personal fields, and writes which ones to the audit log before answering. An
     * erased person has nothing left to open: their fields are null and nothing is audited.
     */
    async readPersonal(
      actor: Actor,
      id: string,
      asked: readonly PersonPersonalField[] = PERSON_PERSONAL_FIELDS,
    ) {
      const person = await findVisiblePerson(db, actor, id);
      await assertMayReadPersonal(db, actor, person);
      const fields = PERSON_PERSONAL_FIELDS.filter((field) => asked.includes(field));
      if (person.erasedAt) return Object.fromEntries(fields.map((field) => [field, null]));
      const opened = await openPersonal(vault, person, fields);
      await auditPersonalRead(db, actor, { personId: id, fields });
      return Object.fromEntries(fields.map((field) => [field, valueOf(field, opened[field] ?? null)]));
    },
  };
}
