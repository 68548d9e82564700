import type { AgeRange } from '@vigil/contracts';

/** The age ranges, oldest first, each with the age it starts at: the first one reached is the range. */
const STARTS: [number, AgeRange][] = [
  [50, 'age_50_plus'],
  [35, 'age_35_49'],
  [25, 'age_25_34'],
  [18, 'age_18_24'],
  [16, 'age_16_17'],
  [12, 'age_12_15'],
  [0, 'under_12'],
];

/** Full years between a YYYY-MM-DD birth date and `at` (UTC); null for anything else. */
export function ageAt(dateOfBirth: string, at: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = at.getUTCFullYear() - year;
  if (at.getUTCMonth() + 1 < month || (at.getUTCMonth() + 1 === month && at.getUTCDate() < day)) age -= 1;
  return age >= 0 ? age : null;
}

/** What erasure keeps of a date of birth: the range the person was in on that day. */
export function ageRangeAt(dateOfBirth: string, at: Date): AgeRange | null {
  const age = ageAt(dateOfBirth, at);
  if (age === null) return null;
  return STARTS.find(([start]) => age >= start)?.[1] ?? null;
}
