import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

/** The names of the site rows, top to bottom. */
const siteNames = (page: Page) =>
  page
    .locator('[data-testid=site-row]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name') ?? ''));

const header = (page: Page, label: string) => page.locator('thead th', { hasText: label });

test('a column header sorts the table, says so with aria-sort and keeps the order in the URL', async () => {
  await withPage(
    'design-sort',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto('/sites');
      const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
      const ascending = await siteNames(page);
      expect(ascending.length).toBeGreaterThan(2);
      expect(ascending).toEqual([...ascending].sort(collator.compare));
      await expect(header(page, 'Site').getAttribute('aria-sort')).resolves.toBe('ascending');
      await expect(header(page, 'Type').getAttribute('aria-sort')).resolves.toBe('none');

      // From the keyboard: the header's link is in the tab order and Enter follows it.
      await header(page, 'Site').locator('a').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(
        (url) => url.searchParams.get('sort') === 'name' && url.searchParams.get('dir') === 'desc',
      );
      await expect(header(page, 'Site').getAttribute('aria-sort')).resolves.toBe('descending');
      await expect(siteNames(page)).resolves.toEqual([...ascending].reverse());

      // Figures start with the largest; a filter stays applied while sorting.
      await page.goto('/sites?commune=Calais');
      const filtered = await siteNames(page);
      expect(filtered.length).toBeGreaterThan(0);
      await header(page, 'People (estimate)').locator('a').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'population');
      expect(new URL(page.url()).searchParams.get('commune')).toBe('Calais');
      await expect(header(page, 'People (estimate)').getAttribute('aria-sort')).resolves.toBe('descending');
      await expect(siteNames(page)).resolves.toHaveLength(filtered.length);

      // A keyset-paged list offers only its API's order: the date, newest or oldest first.
      await page.goto('/evictions');
      const date = page.locator('[data-testid=sort-header]');
      await expect(date.count()).resolves.toBe(1);
      await expect(date.getAttribute('aria-sort')).resolves.toBe('descending');
      await date.locator('a').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'start_asc');
      await expect(page.locator('[data-testid=sort-header]').getAttribute('aria-sort')).resolves.toBe(
        'ascending',
      );
      await page.locator('[data-testid=eviction-row]').first().waitFor();
    },
    { locale: 'en' },
  );
});

test('a chart downloads as a PNG at twice its size and as CSV with headers in the reader’s language', async () => {
  await withPage(
    'design-chart-export',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto('/incidents');
      const chart = page.locator('[data-testid=incidents-chart]');
      await chart.waitFor();

      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=incidents-chart-png]').click(),
      ]);
      expect(png.suggestedFilename()).toBe('incidents-chart.png');
      await mkdir(join(process.cwd(), 'test-artifacts'), { recursive: true });
      await png.saveAs(join(process.cwd(), 'test-artifacts', `design-chart-export-${Date.now()}.png`));
      const bytes = await readFile(await png.path());
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Twice the chart's size, with room for its title and legend (IHDR: width, then height).
      const svg = chart.locator('svg');
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * Number(await svg.getAttribute('width')));
      expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * Number(await svg.getAttribute('height')));

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=incidents-chart-csv]').click(),
      ]);
      expect(csv.suggestedFilename()).toBe('incidents-chart.csv');
      const lines = (await readFile(await csv.path(), 'utf8'))
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const months = await chart.locator('details tbody tr').count();
      expect(months).toBeGreaterThan(0);
      expect(lines).toHaveLength(months + 1);
      expect(lines[0]).toMatch(/^Mois,.+,Total$/);
      expect(lines[1]).toMatch(/^[^,]+ \d{4},(\d+,)+\d+$/);
    },
    { locale: 'fr' },
  );
});

async function expectPrintable(page: Page, printButton: string, name: string): Promise<void> {
  await page.locator(printButton).waitFor();
  await page.locator('[data-testid=main-nav]').waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-testid=main-nav]').isVisible()).resolves.toBe(false);
  await expect(
    page.locator('header input[type=search], [data-testid=user-menu]').first().isVisible(),
  ).resolves.toBe(false);
  await expect(page.locator(printButton).isVisible()).resolves.toBe(false);
  await expect(page.locator('[data-print-record] form').first().isVisible()).resolves.toBe(false);
  await expect(page.locator('[data-print-record] a[href$="/edit"]').first().isVisible()).resolves.toBe(false);
  const printHeader = page.locator('[data-testid=print-header]');
  await expect(printHeader.isVisible()).resolves.toBe(true);
  await expect(printHeader.textContent()).resolves.toMatch(/Printed/);
  // Black on white, whatever the screen's colours.
  await expect(
    page.locator('[data-print-record] h1').evaluate((h1) => getComputedStyle(h1).color),
  ).resolves.toBe('rgb(0, 0, 0)');
  await screenshot(page, name);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-testid=main-nav]').isVisible()).resolves.toBe(true);
  await expect(printHeader.isVisible()).resolves.toBe(false);
}

test('an eviction record and a case print without the dashboard around them', async () => {
  await withPage(
    'design-print',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto('/evictions');
      await page.locator('[data-testid=eviction-row] a[href^="/evictions/"]').first().click();
      await page.waitForURL((url) => /^\/evictions\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectPrintable(page, '[data-testid=print-eviction]', 'design-print-eviction');

      await page.goto('/cases?scope=all');
      const link = page
        .locator('main a[href^="/cases/"]')
        .filter({ hasText: /^[A-Z]+-/ })
        .first();
      await page.goto((await link.getAttribute('href')) ?? '/cases');
      await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectPrintable(page, '[data-testid=print-case]', 'design-print-case');
    },
    { locale: 'en' },
  );
});

test('a requested dossier is announced by a toast on whichever page the user has gone to', async () => {
  await withPage(
    'design-dossier-toast',
    async (page) => {
      await login(page, DEMO_EMAILS.lawyer, DEMO_PASSWORD);
      await page.goto('/incidents/dossier?commune=Calais');
      await page.locator('[data-testid=generate-dossier]').click();
      const toast = page.locator('[data-testid=toast]');
      await expect(toast.first().textContent()).resolves.toMatch(/Dossier requested/);

      // Away from the builder: the shell keeps watching and says when it is ready.
      await page.locator('[data-testid=main-nav] a[href="/incidents"]').click();
      await page.waitForURL((url) => url.pathname === '/incidents');
      const region = page.locator('[data-testid=toast-region]');
      await expect(region.getAttribute('role')).resolves.toBe('status');
      await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
      await page.waitForFunction(
        () => document.querySelector('[data-testid=toast-region]')?.textContent?.includes('Dossier ready'),
        undefined,
        { timeout: 90_000 },
      );
      const action = region.locator('[data-testid=toast-action]');
      await expect(action.getAttribute('href')).resolves.toMatch(/^\/api\/dossiers\/[0-9a-f-]{36}\/pdf$/);
      const [download] = await Promise.all([page.waitForEvent('download'), action.click()]);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // Announced once: the next page does not repeat it.
      await page.goto('/');
      await page.locator('[data-testid=main-nav]').waitFor();
      await page.waitForTimeout(3_500);
      await expect(page.locator('[data-testid=toast]').count()).resolves.toBe(0);
    },
    { locale: 'en' },
  );
});
