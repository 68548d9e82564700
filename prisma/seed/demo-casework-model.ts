/** The shape of the demo casework data and the shorthands that keep its table readable. */
import type { AgeRange, CaseOutcome, CaseStatus, CaseType, SensitivityFlag } from '@vigil/contracts';

/** Who works a case: Nour, Lou, both, the coordinator (Camille), or nobody yet. */
export type Owners = 'N' | 'L' | 'NL' | 'C' | '-';

export interface DemoCase {
  type: CaseType;
  status: CaseStatus;
  owners: Owners;
  lawyer?: boolean;
  /** Closed cases: days ago, and how it ended. */
  closedDaysAgo?: number;
  outcome?: CaseOutcome;
  waitingOn?: string;
  flags?: string[];
  /** A police complaint about one of the demo incidents. */
  incident?: boolean;
}

export interface DemoPerson {
  alias: string;
  nationality: string | null;
  languages: string[];
  gender: 'man' | 'woman' | 'non_binary';
  ageRange: AgeRange;
  legalName?: string;
  dateOfBirth?: string;
  phone?: string;
  sensitivity?: SensitivityFlag[];
  /** Named on the access list (sensitive people): Nour, Lou. */
  grants?: ('N' | 'L')[];
  cases: DemoCase[];
}

export const c = (
  type: CaseType,
  status: CaseStatus,
  owners: Owners,
  extra: Omit<DemoCase, 'type' | 'status' | 'owners'> = {},
): DemoCase => ({
  type,
  status,
  owners,
  ...extra,
});
export const p = (
  alias: string,
  nationality: string | null,
  languages: string,
  gender: DemoPerson['gender'],
  ageRange: AgeRange,
  cases: DemoCase[],
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({ alias, nationality, languages: languages.split(' '), gender, ageRange, cases, ...extra });

export const closed = (days: number, outcome: CaseOutcome) => ({ closedDaysAgo: days, outcome });
export const lawyer = { lawyer: true };
export const review = { lawyer: true, flags: ['detention_review'] };
