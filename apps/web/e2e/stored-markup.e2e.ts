import type { Page } from 'playwright-core';
import { adminToken, apiCall, apiLogin } from './support/api';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror=window.__xss=1>';

/** The page shows the markup as text, and nothing in it ran or became an element. */
async function expectInert(page: Page, texts: string[]): Promise<void> {
  const body = await page.locator('main').textContent();
  for (const text of texts) expect(body).toContain(text);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(await page.locator('script', { hasText: 'window.__xss' }).count()).toBe(0);
}

test('records whose fields hold script payloads are shown as text on every page, and nothing runs', async () => {
  const coordinator = await apiLogin(DEMO_EMAILS.coordinator, DEMO_PASSWORD);
  const admin = await adminToken();
  const stamp = Date.now().toString(36);
  const { incident } = await apiCall<{ incident: { id: string } }>('POST', '/api/incidents', {
    token: coordinator,
    body: {
      title: `${SCRIPT} ${stamp}`,
      narrative: IMG,
      startAt: new Date().toISOString(),
      sourceType: 'first_hand',
      status: 'submitted',
      commune: 'Calais',
      victims: [{ key: 'v1', alias: IMG }],
    },
  });
  const { site } = await apiCall<{ site: { id: string } }>('POST', '/api/sites', {
    token: coordinator,
    body: { name: `${SCRIPT} ${stamp}`, type: 'camp', commune: 'Calais', area: IMG },
  });
  const { item } = await apiCall<{ item: { id: string } }>('POST', '/api/supplies/items', {
    token: admin,
    body: { code: `xss-${stamp}`, category: 'hygiene', nameEn: `${SCRIPT} ${stamp}`, nameFr: `${SCRIPT} ${stamp}`, unit: 'piece' },
  });

  await withPage('stored-markup', async (page) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);

    await page.goto(`/incidents/${incident.id}`);
    expect(await page.locator('h1').innerText()).toBe(`${SCRIPT} ${stamp}`);
    await expectInert(page, [IMG]);

    await page.goto(`/sites/${site.id}`);
    expect(await page.locator('h1').innerText()).toBe(`${SCRIPT} ${stamp}`);
    await expectInert(page, [IMG]);

    await page.goto(`/supplies/items/${item.id}`);
    await page.locator('h1').waitFor();
    await expectInert(page, [`${SCRIPT} ${stamp}`]);

    // The lists show the same titles in their rows (and a filter lists the site by name).
    for (const path of ['/incidents', '/sites']) {
      await page.goto(path);
      await page.locator('main tr', { hasText: `${SCRIPT} ${stamp}` }).first().waitFor();
      await expectInert(page, []);
    }
    expect(dialogs).toEqual([]);
  });
});
