import type { Page } from 'playwright-core';
import { flatten, loadCatalogue, NAMESPACES } from '../src/i18n/catalogue-files';
import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { apiCall, apiLogin } from './support/api';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };
/** Arabic and Persian letters. */
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

type FieldRole = 'legal_observer' | 'volunteer';
type Language = 'en' | 'ar' | 'fa';

/** The field screens, each reached as its user reaches it (a detail page through its list). */
const SCREENS: Record<FieldRole, { name: string; open: (page: Page) => Promise<void> }[]> = {
  legal_observer: [
    { name: 'incidents', open: (page) => visit(page, '/incidents') },
    { name: 'incident-new', open: (page) => visit(page, '/incidents/new') },
    {
      name: 'incident-detail',
      open: async (page) => {
        await visit(page, '/incidents');
        const firstIncident = '[data-testid=incident-row] a[href^="/incidents/"]';
        await visit(page, await hrefOf(page, firstIncident));
      },
    },
    { name: 'evictions', open: (page) => visit(page, '/evictions') },
    { name: 'eviction-new', open: (page) => visit(page, '/evictions/new') },
  ],
  volunteer: [
    { name: 'donation', open: (page) => visit(page, '/supplies/donations/new') },
    { name: 'distribution', open: (page) => visit(page, '/supplies/distributions/record') },
    { name: 'transfer', open: (page) => visit(page, '/supplies/transfers/new') },
    {
      name: 'stock-here',
      open: async (page) => {
        await visit(page, '/');
        const stockHere = '[data-testid=home-stockHere] a[href^="/supplies?locationId="]';
        await visit(page, await hrefOf(page, stockHere));
      },
    },
  ],
};

/**
 * Every English sentence whose translation into `language` differs: found as a whole text on an
 * Arabic or Persian page, it is a string left untranslated (names of things, like CRS, are the same
 * in every language and so are never counted).
 */
async function untranslatedIn(language: Language): Promise<Set<string>> {
  const english = new Set<string>();
  for (const namespace of NAMESPACES) {
    const translated = flatten(loadCatalogue(namespace, language));
    for (const [key, text] of flatten(loadCatalogue(namespace, 'en'))) {
      if (!text.includes('{') && translated.get(key) !== text) english.add(text.trim());
    }
  }
  // The incident vocabulary (act types, forces, property) is data the collective keeps in English
  // and French: read in English by Arabic and Persian readers, and never a catalogue string.
  const token = await apiLogin(DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
  const { terms } = await apiCall<{ terms: { labelEn: string }[] }>('GET', '/api/vocabularies', { token });
  for (const term of terms) english.delete(term.labelEn);
  return english;
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
}

async function hrefOf(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no link ${selector}`);
  return href;
}

/** The page's title and its form labels and table headings: what must be in the reader's language. */
async function mainTexts(page: Page): Promise<string[]> {
  return page
    .locator('main h1, main h2, main label, main legend, main th, main button')
    .evaluateAll((nodes) =>
      nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
    );
}

const CASES: [FieldRole, Language][] = (['legal_observer', 'volunteer'] as const).flatMap((role) =>
  (['ar', 'fa', 'en'] as const).map((language): [FieldRole, Language] => [role, language]),
);

/** What one screen must show: its direction, the reader's words, nothing wider than the phone. */
async function checkScreen(page: Page, screen: string, language: Language, english: Set<string>) {
  const rtl = language !== 'en';
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe(rtl ? 'rtl' : 'ltr');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
  const texts = await mainTexts(page);
  const untranslated = texts.filter((text) => english.has(text));
  // Headings, labels and buttons are mostly the interface's own words (records' titles and item
  // names are data, in whatever language they were written).
  const inScript = texts.filter((text) => ARABIC_SCRIPT.test(text)).length;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const mostlyTranslated = !rtl || inScript > texts.length / 2;
  expect({ screen, untranslated, mostlyTranslated, overflow: Math.max(0, overflow) }).toEqual({
    screen,
    untranslated: [],
    mostlyTranslated: true,
    overflow: 0,
  });
  await screenshot(page, `rtl-${language}-${screen}`);
}

describe('the field screens on a phone, right to left in Arabic and Persian, left to right in English', () => {
  test.each(CASES)('%s in %s', async (role, language) => {
    const english = language === 'en' ? new Set<string>() : await untranslatedIn(language);
    await withPage(
      `rtl-${role}-${language}`,
      async (page) => {
        await login(page, DEMO_EMAILS[role], DEMO_PASSWORD);
        for (const screen of SCREENS[role]) {
          await screen.open(page);
          await checkScreen(page, `${role}-${screen.name}`, language, english);
        }
      },
      { locale: language, viewport: PHONE },
    );
  });
});
