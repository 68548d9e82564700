import { orNull } from '@/lib/form-values';
import {
  consentBody,
  contactsBody,
  EMPTY_CONSENT,
  splitList,
  type ConsentDraft,
  type ContactDraft,
} from './person-fields';

/**
 * The "open a case" form as typed (client-safe): for a person registered here, with their consent,
 * or for one already registered. The body keeps the API's shape so its error paths
 * (body/person/consent/scopes) land beside the right control.
 */
export interface NewCaseDraft {
  mode: 'new' | 'existing';
  personId: string;
  alias: string;
  ageRange: string;
  gender: string;
  nationality: string;
  languages: string;
  sensitivity: string[];
  legalName: string;
  dateOfBirth: string;
  contacts: ContactDraft[];
  notes: string;
  consent: ConsentDraft;
  type: string;
  summary: string;
  assigneeIds: string[];
  lawyerId: string;
}

export const EMPTY_CASE_DRAFT: NewCaseDraft = {
  mode: 'new',
  personId: '',
  alias: '',
  ageRange: '',
  gender: '',
  nationality: '',
  languages: '',
  sensitivity: [],
  legalName: '',
  dateOfBirth: '',
  contacts: [],
  notes: '',
  consent: EMPTY_CONSENT,
  type: '',
  summary: '',
  assigneeIds: [],
  lawyerId: '',
};

function personBody(draft: NewCaseDraft, toInstant: (local: string) => string) {
  return {
    alias: draft.alias,
    legalName: orNull(draft.legalName),
    dateOfBirth: orNull(draft.dateOfBirth),
    ageRange: orNull(draft.ageRange),
    gender: orNull(draft.gender),
    nationality: orNull(draft.nationality),
    languages: splitList(draft.languages),
    contacts: contactsBody(draft.contacts),
    notes: orNull(draft.notes),
    sensitivity: draft.sensitivity,
    consent: consentBody(draft.consent, toInstant),
  };
}

/** `toInstant`: wall-clock time in the instance's zone → ISO 8601 (see zoned-time). */
export function newCaseBody(
  draft: NewCaseDraft,
  toInstant: (local: string) => string,
): Record<string, unknown> {
  return {
    type: draft.type,
    summary: orNull(draft.summary),
    ...(draft.mode === 'existing' ? { personId: draft.personId } : { person: personBody(draft, toInstant) }),
    ...(draft.assigneeIds.length > 0 ? { assigneeIds: draft.assigneeIds } : {}),
    ...(draft.lawyerId ? { lawyerId: draft.lawyerId } : {}),
  };
}
