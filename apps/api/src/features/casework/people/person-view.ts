import type { PersonDetail, PersonSummary } from '@vigil/contracts';
import { consentScopesInForce } from '../access/consent-in-force';
import { personalFieldsSet } from './person-fields';
import type { PersonRecord, PersonSummaryRecord } from './people-repository';

/** A member of the collective by display name; null when the account no longer exists. */
export function userRef(names: Map<string, string>, id: string | null) {
  const displayName = id === null ? undefined : names.get(id);
  return id !== null && displayName !== undefined ? { id, displayName } : null;
}

export function toPersonSummary(p: PersonSummaryRecord): PersonSummary {
  return {
    id: p.id,
    alias: p.alias,
    ageRange: p.ageRange,
    gender: p.gender,
    sensitivity: p.sensitivity,
    openCases: p._count.cases,
    erased: p.erasedAt !== null,
  };
}

export function toPersonDetail(
  p: PersonRecord,
  extra: {
    names: Map<string, string>;
    canReadPersonal: boolean;
    cases: { id: string; reference: string; type: string; status: string }[];
  },
): PersonDetail {
  return {
    ...toPersonSummary(p),
    nationality: p.nationality,
    languages: p.languages,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    personalFieldsSet: personalFieldsSet(p),
    canReadPersonal: extra.canReadPersonal,
    consents: p.consents.map((c) => ({
      id: c.id,
      scopes: c.scopes,
      language: c.language,
      givenAt: c.givenAt,
      explainedBy: userRef(extra.names, c.explainedById),
      withdrawnAt: c.withdrawnAt,
    })),
    consentScopes: consentScopesInForce(p.consents),
    cases: extra.cases,
  };
}
