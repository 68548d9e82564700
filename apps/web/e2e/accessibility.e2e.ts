import type { Page } from 'playwright-core';
import { axeContext, seriousViolations } from './support/axe';
import { closeBrowser, login, screenshot } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * A page, or the first record a page links to (ids come from the demo data); without `from`, the
 * link is taken from the page visited just before.
 */
type Visit = string | { from?: string; link: string };

interface Journey {
  name: string;
  role: keyof typeof DEMO_EMAILS;
  visits: Visit[];
}

const JOURNEYS: Journey[] = [
  {
    name: 'incidents',
    role: 'coordinator',
    visits: [
      '/',
      '/incidents',
      '/incidents/new',
      { from: '/incidents', link: `^/incidents/${UUID}$` },
      '/incidents/dossier',
    ],
  },
  {
    name: 'evictions and sites',
    role: 'coordinator',
    visits: [
      '/evictions',
      '/evictions/new',
      { from: '/evictions', link: `^/evictions/${UUID}$` },
      '/evictions/patterns',
      '/sites',
      { from: '/sites', link: `^/sites/${UUID}$` },
      '/sites/new',
    ],
  },
  {
    name: 'supplies',
    role: 'coordinator',
    visits: [
      '/supplies',
      { from: '/supplies', link: `^/supplies/items/${UUID}$` },
      '/supplies/needs',
      '/supplies/distributions',
      { from: '/supplies/distributions', link: `^/supplies/distributions/${UUID}$` },
      '/supplies/donations/new',
      '/supplies/reports',
      '/supplies/locations',
      '/supplies/stocktake',
      '/supplies/needs/new',
      '/supplies/distributions/new',
      '/supplies/transfers/new',
      '/supplies/write-offs/new',
    ],
  },
  {
    name: 'cases',
    role: 'coordinator',
    visits: [
      '/cases',
      { from: '/cases', link: `^/cases/${UUID}$` },
      { link: `^/cases/people/${UUID}$` },
      '/cases/deadlines',
      '/cases/directory',
      '/cases/workload',
      '/cases/new',
    ],
  },
  {
    name: 'administration and account',
    role: 'admin',
    visits: [
      '/',
      '/admin/users',
      { from: '/admin/users', link: `^/admin/users/${UUID}$` },
      '/admin/settings',
      '/admin/audit',
      '/account',
      '/account/sessions',
      '/account/password',
      '/account/two-factor',
    ],
  },
  { name: 'observer', role: 'legal_observer', visits: ['/', '/evictions/new', '/incidents/new'] },
  {
    name: 'volunteer',
    role: 'volunteer',
    visits: ['/', '/supplies/donations/new', '/supplies/distributions/record'],
  },
  { name: 'lawyer', role: 'lawyer', visits: ['/', '/incidents/dossier', '/cases'] },
  { name: 'caseworker', role: 'caseworker', visits: ['/', '/cases'] },
];

/**
 * Client-rendered tables fill in after the first paint: check what the user ends up seeing, with
 * every fold open (form sections, the user menu) so that hidden controls are checked too.
 */
async function settle(page: Page): Promise<void> {
  await page.locator('main').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => {
    for (const fold of document.querySelectorAll('details')) fold.open = true;
  });
}

async function open(page: Page, visit: Visit): Promise<void> {
  if (typeof visit === 'string') {
    await page.goto(visit);
    return settle(page);
  }
  if (visit.from) await page.goto(visit.from);
  const handle = await page.waitForFunction(
    (pattern) =>
      [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .find((href) => new RegExp(pattern).test(href)) ?? null,
    visit.link,
  );
  await page.goto(String(await handle.jsonValue()));
  await settle(page);
}

describe('no serious or critical accessibility violations', () => {
  test.each(JOURNEYS)(
    '$name ($role)',
    async ({ name, role, visits }) => {
      const context = await axeContext();
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        await login(page, DEMO_EMAILS[role], DEMO_PASSWORD);
        for (const visit of visits) {
          await open(page, visit);
          problems.push(...(await seriousViolations(page)));
        }
        if (problems.length > 0) await screenshot(page, `accessibility-${name}`);
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    },
    240_000,
  );
});

test('the shell: a skip link first, a visible focus ring, the panic dialog passes axe', async () => {
  const context = await axeContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await login(page, DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
    await page.locator('main').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        href: element.getAttribute('href'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        visible: box.width > 1 && box.height > 1,
      };
    });
    expect(skip).toEqual({ href: '#main', outline: 'solid 3px', visible: true });

    await page.locator('[data-testid=user-menu] > summary').click();
    await page.locator('[data-testid=panic]').click();
    await page.locator('dialog[open] [data-testid=panic-dialog]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  } finally {
    await context.close();
  }
});
