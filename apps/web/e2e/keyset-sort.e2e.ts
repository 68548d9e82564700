import type { Page } from 'playwright-core';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

/** One data attribute of every row matching `selector`, top to bottom. */
const column = (page: Page, selector: string, attribute: string) =>
  page
    .locator(selector)
    .evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name) ?? ''), attribute);

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

test('the case list sorts by an order its API pages by, marked as current, kept by the filter chips', async () => {
  await withPage(
    'sort-cases',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto('/cases?scope=all');
      const byActivity = await column(page, '[data-testid=case-row]', 'data-reference');
      expect(byActivity.length).toBeGreaterThan(2);
      await expect(
        page.locator('[data-testid=case-sort-updated_desc]').getAttribute('aria-current'),
      ).resolves.toBe('true');

      await page.locator('[data-testid=case-sort-reference_asc]').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'reference_asc');
      const link = page.locator('[data-testid=case-sort-reference_asc]');
      await expect(link.getAttribute('aria-current')).resolves.toBe('true');
      // References share one shape (CASE-year-number): their order is the same in any collation.
      const byReference = await column(page, '[data-testid=case-row]', 'data-reference');
      // The first page of another order: sorted, and not the same cases in the same order.
      expect(byReference).toEqual([...byReference].sort());
      expect(byReference).not.toEqual(byActivity);

      // "Load more" follows the cursor of the same order (the demo has more than a page of cases).
      await page.locator('[data-testid=load-more]').click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid=case-row]').length > count,
        byReference.length,
      );
      const more = await column(page, '[data-testid=case-row]', 'data-reference');
      expect(more).toEqual([...more].sort());
      expect(new Set(more).size).toBe(more.length);

      // A status chip narrows the list and keeps the order (and the scope).
      await page.locator('[data-testid=chip-status-open]').click();
      await page.waitForURL((url) => url.searchParams.get('status') === 'open');
      expect([param(page, 'sort'), param(page, 'scope')]).toEqual(['reference_asc', 'all']);
      const open = await column(page, '[data-testid=case-row]', 'data-reference');
      expect(open).toEqual([...open].sort());
    },
    { locale: 'en' },
  );
});

test('the catalogue sorts by code from its header, either way, and a filter keeps the order', async () => {
  await withPage(
    'sort-catalogue',
    async (page) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await page.goto('/supplies/items');
      const code = page.locator('[data-testid=sort-code]');
      await expect(code.getAttribute('aria-sort')).resolves.toBe('none');
      await expect(page.locator('[data-testid=sort-name]').getAttribute('aria-sort')).resolves.toBe(
        'ascending',
      );

      await code.locator('a').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'code_asc');
      await expect(page.locator('[data-testid=sort-code]').getAttribute('aria-sort')).resolves.toBe(
        'ascending',
      );
      // Codes are capitals, digits and hyphens: the database's order is the plain one.
      const ascending = await column(page, '[data-testid=catalogue-row]', 'data-code');
      expect(ascending.length).toBeGreaterThan(5);
      expect(ascending).toEqual([...ascending].sort());

      await page.locator('[data-testid=sort-code] a').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'code_desc');
      await expect(page.locator('[data-testid=sort-code]').getAttribute('aria-sort')).resolves.toBe(
        'descending',
      );
      const descending = await column(page, '[data-testid=catalogue-row]', 'data-code');
      expect(descending).toEqual([...descending].sort().reverse());
      // The first page of each direction: the largest code comes after every code of the first.
      expect(ascending.every((value) => value < descending[0]!)).toBe(true);

      await page.locator('#cf-q').fill('tent');
      await page.locator('[data-testid=apply-catalogue-filters]').click();
      await page.waitForURL((url) => url.searchParams.get('q') === 'tent');
      expect(param(page, 'sort')).toBe('code_desc');
      const tents = await column(page, '[data-testid=catalogue-row]', 'data-code');
      expect(tents.length).toBeGreaterThan(0);
      expect(tents).toEqual([...tents].sort().reverse());
    },
    { locale: 'en' },
  );
});

test('the sites filter form and its chips keep the table’s order', async () => {
  await withPage(
    'sort-sites-filter',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto('/sites?sort=population&dir=desc');
      await page.locator('#sf-commune').fill('Calais');
      await page.locator('[data-testid=apply-site-filters]').click();
      await page.waitForURL((url) => url.searchParams.get('commune') === 'Calais');
      expect([param(page, 'sort'), param(page, 'dir')]).toEqual(['population', 'desc']);

      await page.locator('[data-testid=filter-chips] a', { hasText: 'Calais' }).click();
      await page.waitForURL((url) => !url.searchParams.has('commune'));
      expect([param(page, 'sort'), param(page, 'dir')]).toEqual(['population', 'desc']);
    },
    { locale: 'en' },
  );
});
