// The parser next-intl uses (through intl-messageformat): "valid ICU" means what it means at run time.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ERROR_CODES } from '@vigil/contracts/enums';
import { flatten, loadCatalogue as load, NAMESPACES } from './catalogue-files';
import { LOCALES } from './locales';

/**
 * What a translation must keep from the English: each argument with its type, each select's cases and
 * each rich-text tag. Plural categories are left out on purpose (Arabic has six, English two).
 */
function signature(message: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      } else if (element.type === TYPE.select) {
        found.add(`${element.value}:select(${Object.keys(element.options).sort().join('|')})`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.plural) {
        found.add(`${element.value}:plural`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.number && element.style === null) {
        // "{n, number}" where English says "{n}": the same value, in the language's digits (Persian).
        found.add(`${element.value}:argument`);
      } else {
        found.add(`${element.value}:${TYPE[element.type]}`);
      }
    }
  };
  walk(parse(message, { locale: new Intl.Locale(locale) }));
  return [...found].sort();
}

/**
 * The observer's and the volunteer's screens and everything around them (invitation, sign-in,
 * two-factor set-up, shell, account, home, search), which Arabic and Persian must cover completely.
 * Other screens may fall back to English (src/i18n/messages.ts merges the translation over it).
 */
const FIELD_SCREENS: Record<string, readonly string[] | 'all'> = {
  core: [
    'common', 'languages', 'roles', 'nav', 'userMenu', 'login', 'invite', 'enrol', 'recoveryCodes', 'errors',
    'apiErrors', 'validation', 'permissions', 'account', 'password', 'sessions', 'twoFactor', 'panic', 'offline',
    'pwa', 'incidents', 'incidentFilters', 'incidentEnums', 'incidentChart', 'incidentForm',
    'incidentDetail',
    'incidentFiles', 'incidentHistory', 'savedFilters',
  ],
  sites: 'all',
  supplies: 'all',
  home: 'all',
  search: 'all',
  ui: 'all',
};

function requiredFor(namespace: string, locale: string, english: Map<string, string>): string[] {
  if (locale === 'en' || locale === 'fr') return [...english.keys()];
  const scope = FIELD_SCREENS[namespace];
  if (!scope) return [];
  if (scope === 'all') return [...english.keys()];
  return [...english.keys()].filter((key) => scope.includes(key.split('.')[0] ?? ''));
}

describe.each(NAMESPACES)('messages/%s', (namespace) => {
  const english = flatten(load(namespace, 'en'));

  test.each(LOCALES.filter((locale) => locale !== 'en'))('%s has no key English lacks', (locale) => {
    const extra = [...flatten(load(namespace, locale)).keys()].filter((key) => !english.has(key));
    expect(extra).toEqual([]);
  });

  test.each(LOCALES.filter((locale) => locale !== 'en'))('%s translates every key it must', (locale) => {
    const translated = flatten(load(namespace, locale));
    const missing = requiredFor(namespace, locale, english).filter((key) => !translated.has(key));
    expect(missing).toEqual([]);
  });

  test.each([...LOCALES])('%s: every message parses and keeps the English placeholders', (locale) => {
    const translated = flatten(load(namespace, locale));
    const mismatched: string[] = [];
    for (const [key, text] of translated) {
      const reference = english.get(key);
      if (reference === undefined) continue;
      const expected = signature(reference, 'en').join(' ');
      const actual = signature(text, locale).join(' ');
      if (actual !== expected) mismatched.push(`${key}: ${actual} ≠ ${expected}`);
    }
    expect(mismatched).toEqual([]);
  });
});

test('every API error code has a sentence in the catalogue', () => {
  const words = flatten(load('core', 'en'));
  expect(ERROR_CODES.filter((code) => !words.has(`apiErrors.${code}`))).toEqual([]);
});
