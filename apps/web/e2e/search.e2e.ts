import type { Page } from 'playwright-core';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };
/** A demo site (prisma/seed/demo-sites.ts) and a demo person of Nour's (demo-casework-people.ts). */
const SITE = 'Marck woods';
const ALIAS = 'Abdi K.';

const dialog = (page: Page) => page.locator('[data-testid=search-dialog]');

/** Presses a shortcut until the panel opens: the first press may come before the page is hydrated. */
async function openWith(page: Page, keys: string): Promise<void> {
  await page.locator('[data-testid=search-open]').waitFor();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.keyboard.press(keys);
    if (await dialog(page).isVisible()) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`${keys} did not open the search`);
}

/** Types the text and waits until the answer for exactly that text is shown. */
async function search(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid=search-input]').fill(text);
  await page.locator(`[data-testid=search-status][data-state=done][data-query="${text}"]`).waitFor();
}

const modules = (page: Page) =>
  page
    .locator('[data-testid=search-group]')
    .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-module')));

test('a coordinator presses Ctrl+K, finds a site among grouped results and opens it with Enter', async () => {
  await withPage('search-coordinator', async (page) => {
    await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
    await openWith(page, 'Control+k');
    const input = page.locator('[data-testid=search-input]');
    expect(await input.getAttribute('role')).toBe('combobox');
    await search(page, SITE);

    expect((await modules(page))[0]).toBe('sites');
    expect(await modules(page)).toContain('evictions');
    const hits = page.locator('[data-testid=search-hit]');
    const first = hits.first();
    expect(await first.innerText()).toContain(SITE);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));

    // Arrows move through every group and back.
    await input.press('ArrowDown');
    expect(await hits.nth(1).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowUp');
    expect(await first.getAttribute('aria-selected')).toBe('true');

    const path = await first.getAttribute('data-path');
    expect(path).toMatch(/^\/sites\/[0-9a-f-]{36}$/);
    await input.press('Enter');
    await page.waitForURL(`**${path}`);
    expect(await page.locator('h1').innerText()).toBe(SITE);
    expect(await dialog(page).isVisible()).toBe(false);

    // Escape closes the panel again.
    await openWith(page, 'Control+k');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
  });
});

test('a volunteer on a phone searching a case alias gets no cases or people group', async () => {
  await withPage(
    'search-volunteer',
    async (page) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await page.locator('[data-testid=search-open]').click();
      await dialog(page).waitFor();
      // Full screen on a phone.
      const box = await dialog(page).boundingBox();
      expect(box?.width).toBe(PHONE.width);
      expect(box?.height).toBe(PHONE.height);

      await search(page, ALIAS);
      expect(await modules(page)).toEqual([]);
      expect(await page.locator('[data-testid=search-hit]').count()).toBe(0);

      // The same box finds what the volunteer may read: sites, without their address.
      await search(page, SITE);
      expect(await modules(page)).toEqual(['sites']);
    },
    { viewport: PHONE },
  );
});

test('a caseworker presses "/" and finds one of their cases by alias', async () => {
  await withPage('search-caseworker', async (page) => {
    await login(page, DEMO_EMAILS.caseworker, DEMO_PASSWORD);
    await openWith(page, '/');
    await search(page, ALIAS.slice(0, 4));

    const cases = page.locator('[data-testid=search-group][data-module=cases] [data-testid=search-hit]');
    const hit = cases.filter({ hasText: ALIAS }).first();
    await hit.waitFor();
    const path = await hit.getAttribute('data-path');
    expect(path).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    expect(await modules(page)).toContain('people');
    await hit.click();
    await page.waitForURL(`**${path}`);
    expect(await page.locator('[data-testid=case-person]').innerText()).toContain(ALIAS);
  });
});
