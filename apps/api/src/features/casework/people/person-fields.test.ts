import { ageOn, effectiveSensitivity, plaintextsOf } from './person-fields';

describe('person fields', () => {
  const today = new Date('2026-12-01T10:00:00Z');

  it('counts age in whole years, turning over on the birthday', () => {
    expect(ageOn('2008-12-01', today)).toBe(18);
    expect(ageOn('2008-12-02', today)).toBe(17);
    expect(ageOn('2008-11-30', today)).toBe(18);
    expect(ageOn('2008-02-29', new Date('2026-02-28T00:00:00Z'))).toBe(17);
  });

  it('implies minor from a date of birth or an age range under 18, in a stable order', () => {
    const adult = { dateOfBirth: '1990-01-01', ageRange: null };
    expect(effectiveSensitivity(['health', 'lgbt'], adult, today)).toEqual(['lgbt', 'health']);
    expect(effectiveSensitivity(['health'], { dateOfBirth: '2008-12-02', ageRange: null }, today)).toEqual([
      'minor',
      'health',
    ]);
    expect(effectiveSensitivity([], { dateOfBirth: null, ageRange: 'age_12_15' }, today)).toEqual(['minor']);
    expect(effectiveSensitivity([], { dateOfBirth: null, ageRange: 'age_18_24' }, today)).toEqual([]);
  });

  it('seals an empty contact list as no contact at all', () => {
    expect(plaintextsOf({ contacts: [] })).toEqual({ contacts: null });
    expect(plaintextsOf({ legalName: undefined, notes: null })).toEqual({ notes: null });
  });
});
