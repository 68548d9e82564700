import type { Page } from 'playwright-core';
import { apiCall, apiLogin, ApiCallError, createActiveUser } from './support/api';
import { closeBrowser, login, newContext, screenshot, withPage } from './support/browser';

afterAll(closeBrowser);

/** Everything the dashboard could have left in this browser: storage keys and IndexedDB databases. */
async function deviceStorage(
  page: Page,
): Promise<{ local: string[]; session: string[]; databases: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name ?? ''),
  }));
}

async function saveStatus(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(
    (status) => document.querySelector('[data-testid=save-status]')?.getAttribute('data-status') === status,
    expected,
    { timeout: 30_000 },
  );
}

test('panic: one tap and a confirmation end every session and leave no draft on the device', async () => {
  const user = await createActiveUser('legal_observer', 'panic');
  // The same account signed in on another device.
  const elsewhere = await apiLogin(user.email, user.password);

  await withPage('panic', async (page, context) => {
    await login(page, user.email, user.password);

    // At dawn the eviction form cannot reach the server: the record waits on the device, encrypted.
    await page.route('**/evictions/new', (route) =>
      route.request().method() === 'POST' && (route.request().postData() ?? '').includes('siteId')
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await page.goto('/evictions/new');
    await page.selectOption('#eviction-siteId', { label: 'Hospital site (Calais)' });
    await saveStatus(page, 'device');
    await page.unroute('**/evictions/new');
    // A database of the kind a form keeps its drafts in, to prove IndexedDB is emptied too.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('vigil-e2e-drafts', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('drafts').put('sealed', 'x');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(new Error('indexedDB.open failed'));
        }),
    );
    const before = await deviceStorage(page);
    expect(before.local.some((key) => key.startsWith('vigil.'))).toBe(true);
    expect(before.databases).toContain('vigil-e2e-drafts');
    const oldCookies = await context.cookies();

    // Panic: the menu, the button, the confirmation.
    await page.locator('[data-testid=user-menu] > summary').click();
    await page.locator('[data-testid=panic]').click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog.textContent()).resolves.toMatch(/cannot be recovered/);
    await screenshot(page, 'panic-confirmation');
    await dialog.locator('[data-testid=panic-confirm]').click();

    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('reason')).toBe('signed_out_everywhere');
    await expect(page.locator('[data-testid=login-reason]').textContent()).resolves.toMatch(/every device/);
    await expect(deviceStorage(page)).resolves.toEqual({ local: [], session: [], databases: [] });

    // The other device's token is refused, and so is this browser's old session cookie.
    const refused = await apiCall('GET', '/api/auth/me', { token: elsewhere }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ApiCallError);
    expect((refused as ApiCallError).status).toBe(401);
    const replay = await newContext();
    try {
      await replay.addCookies(oldCookies);
      const replayed = await replay.newPage();
      await replayed.goto('/');
      await replayed.waitForURL((url) => url.pathname === '/login');
      expect(new URL(replayed.url()).searchParams.get('reason')).toBe('expired');
    } finally {
      await replay.close();
    }
    // This browser's cookie is gone: the dashboard does not let it back in.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
  });
});

test('panic with no connection still wipes the device, and says the other sessions are still open', async () => {
  const user = await createActiveUser('volunteer', 'panic-offline');
  await withPage('panic-offline', async (page, context) => {
    await login(page, user.email, user.password);
    await page.evaluate(() => localStorage.setItem('vigil.drafts.e2e', 'sealed'));
    await page.locator('[data-testid=user-menu] > summary').click();
    await page.locator('[data-testid=panic]').click();

    await context.setOffline(true);
    await page.locator('dialog[open] [data-testid=panic-confirm]').click();
    await page.locator('dialog[open] [data-testid=panic-failed]').waitFor();
    await expect(deviceStorage(page)).resolves.toEqual({ local: [], session: [], databases: [] });

    // The server never heard of it: the session still works once the connection is back.
    await context.setOffline(false);
    await page.reload();
    await page.locator('[data-testid=main-nav]').waitFor();
  });
});
