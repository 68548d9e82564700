import { EMPTY_CASE_DRAFT, newCaseBody } from './new-case-body';
import { consentBody, contactsBody, splitList } from './person-fields';

const toInstant = (local: string) => `${local}:00.000Z`;

describe('opening a case', () => {
  test('a new person goes with their consent; empty optional fields are null, lists trimmed', () => {
    const body = newCaseBody(
      {
        ...EMPTY_CASE_DRAFT,
        type: 'dublin',
        alias: 'Sami',
        languages: 'Arabic, , French,Arabic',
        contacts: [
          { kind: 'phone', value: ' +33 6 00 ' },
          { kind: 'signal', value: '  ' },
        ],
        sensitivity: ['minor'],
        consent: { scopes: ['casework'], language: 'Arabic', date: '2026-03-01' },
      },
      toInstant,
    );
    expect(body).toEqual({
      type: 'dublin',
      summary: null,
      person: {
        alias: 'Sami',
        legalName: null,
        dateOfBirth: null,
        ageRange: null,
        gender: null,
        nationality: null,
        languages: ['Arabic', 'French'],
        contacts: [{ kind: 'phone', value: '+33 6 00' }],
        notes: null,
        sensitivity: ['minor'],
        consent: { scopes: ['casework'], language: 'Arabic', givenAt: '2026-03-01T00:00:00.000Z' },
      },
    });
  });

  test('an existing person is named by id; assignees and lawyer only when chosen', () => {
    const body = newCaseBody(
      {
        ...EMPTY_CASE_DRAFT,
        mode: 'existing',
        personId: 'p-1',
        type: 'housing',
        summary: 'Needs a bed',
        assigneeIds: ['u-1'],
        lawyerId: 'l-1',
      },
      toInstant,
    );
    expect(body).toEqual({
      type: 'housing',
      summary: 'Needs a bed',
      personId: 'p-1',
      assigneeIds: ['u-1'],
      lawyerId: 'l-1',
    });
  });

  test('helpers: lists, contacts, consent dates the API can point at', () => {
    expect(splitList(' a, b ,,a ')).toEqual(['a', 'b']);
    expect(contactsBody([{ kind: 'email', value: ' ' }])).toBeNull();
    expect(consentBody({ scopes: [], language: '', date: '1/3/2026' }, toInstant).givenAt).toBe('1/3/2026');
  });
});
