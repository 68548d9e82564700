import {
  type AgeRange,
  type ContactChannel,
  PERSON_PERSONAL_FIELDS,
  type PersonPersonalField,
  SENSITIVITY_FLAGS,
  type SensitivityFlag,
} from '@vigil/contracts';
import type { CaseworkVault } from '../vault/vault';

/** The column that holds each personal field, sealed. */
export const SEALED_COLUMNS = {
  legalName: 'legalNameEnc',
  dateOfBirth: 'dateOfBirthEnc',
  contacts: 'contactsEnc',
  notes: 'notesEnc',
} as const satisfies Record<PersonPersonalField, string>;

export type SealedColumns = { [F in PersonPersonalField as (typeof SEALED_COLUMNS)[F]]: string | null };

/** Personal fields as the API takes and gives them (contacts as a list). */
export interface PersonalValues {
  legalName?: string | null;
  dateOfBirth?: string | null;
  contacts?: ContactChannel[] | null;
  notes?: string | null;
}

/** Each personal field as the text that is sealed; an empty contact list is no contact at all. */
export function plaintextsOf(values: PersonalValues): Partial<Record<PersonPersonalField, string | null>> {
  const out: Partial<Record<PersonPersonalField, string | null>> = {};
  for (const field of PERSON_PERSONAL_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    if (field === 'contacts') out.contacts = value && value.length > 0 ? JSON.stringify(value) : null;
    else out[field] = value as string | null;
  }
  return out;
}

export function valueOf(field: PersonPersonalField, plaintext: string | null) {
  if (plaintext === null) return null;
  return field === 'contacts' ? (JSON.parse(plaintext) as ContactChannel[]) : plaintext;
}

export function sealPersonal(
  vault: CaseworkVault,
  personId: string,
  plaintexts: Partial<Record<PersonPersonalField, string | null>>,
): Partial<SealedColumns> {
  const sealed: Partial<SealedColumns> = {};
  for (const field of Object.keys(plaintexts) as PersonPersonalField[]) {
    const text = plaintexts[field];
    sealed[SEALED_COLUMNS[field]] =
      text == null ? null : vault.seal({ table: 'people', id: personId, field }, text);
  }
  return sealed;
}

export async function openPersonal(
  vault: CaseworkVault,
  person: SealedColumns & { id: string },
  fields: readonly PersonPersonalField[],
): Promise<Partial<Record<PersonPersonalField, string | null>>> {
  const opened = await Promise.all(
    fields.map((field) =>
      vault.openOptional({ table: 'people', id: person.id, field }, person[SEALED_COLUMNS[field]]),
    ),
  );
  return Object.fromEntries(fields.map((field, i) => [field, opened[i] ?? null]));
}

export function personalFieldsSet(person: SealedColumns): PersonPersonalField[] {
  return PERSON_PERSONAL_FIELDS.filter((field) => person[SEALED_COLUMNS[field]] !== null);
}

const MINOR_AGE_RANGES: readonly AgeRange[] = ['under_12', 'age_12_15', 'age_16_17'];

/** Age in whole years on `today` (UTC) of someone born on a YYYY-MM-DD date. */
export function ageOn(dateOfBirth: string, today: Date): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  return today.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}

/**
 * The flags a person carries: those given, plus `minor` when the date of birth or the age range says
 * under 18. It is implied rather than asked for because forgetting it would widen who sees a child.
 */
export function effectiveSensitivity(
  flags: readonly SensitivityFlag[],
  person: { dateOfBirth: string | null; ageRange: AgeRange | null },
  today = new Date(),
): SensitivityFlag[] {
  const minor =
    (person.dateOfBirth !== null && ageOn(person.dateOfBirth, today) < 18) ||
    (person.ageRange !== null && MINOR_AGE_RANGES.includes(person.ageRange));
  const set = new Set<SensitivityFlag>(minor ? [...flags, 'minor'] : flags);
  return SENSITIVITY_FLAGS.filter((flag) => set.has(flag));
}
