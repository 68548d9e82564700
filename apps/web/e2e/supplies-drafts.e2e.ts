import type { Page, Route } from 'playwright-core';
import { apiCall, apiLogin } from './support/api';
import { closeBrowser, login, logout, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { suppliesFixture } from './support/supplies';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };
const DRAFTS = 'vigil.suppliesDraft.';
const DONATION_PAGE = '**/supplies/donations/new**';

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid=save-status]')?.getAttribute('data-status') === expected,
    status,
    { timeout: 30_000 },
  );
}

/** The encrypted copies this device holds, as stored. */
function keptCopies(page: Page): Promise<[string, string][]> {
  return page.evaluate(
    (prefix) => Object.entries(localStorage).filter(([name]) => name.startsWith(prefix)),
    DRAFTS,
  );
}

/** Only the receipt's Server Action (the item search posts to the same page). */
const isReceipt = (route: Route) => (route.request().postData() ?? '').includes('"receipt"');

interface Receipt {
  quantity: number;
}

test('a volunteer offline mid-donation keeps it on the phone, encrypted, across a reload, and it is sent once', async () => {
  const fixture = await suppliesFixture('draft', [
    { nameEn: 'Rain poncho', category: 'clothing', quantity: 4 },
  ]);
  const [ponchos] = fixture.items as [(typeof fixture.items)[0]];
  const donor = `Marché solidaire ${fixture.suffix}`;
  const token = await apiLogin(DEMO_EMAILS.volunteer, DEMO_PASSWORD);
  const receipts = async () =>
    (
      await apiCall<{ movements: Receipt[] }>(
        'GET',
        `/api/supplies/movements?itemId=${ponchos.id}&locationId=${fixture.warehouse.id}&kind=receive`,
        { token },
      )
    ).movements;

  await withPage(
    'supplies-drafts',
    async (page, context) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await page.goto(`/supplies/donations/new?locationId=${fixture.warehouse.id}`);
      await page.locator('#donation-item-search').fill(`Rain poncho ${fixture.suffix}`);
      await page.locator(`[data-testid=item-result][data-code="${ponchos.code}"]`).click();

      // The connection drops mid-donation: what is recorded now stays on the phone, encrypted, and says so.
      await context.setOffline(true);
      await page.locator('#donation-lines-0-quantity').fill('12');
      await page.locator('#donation-donor').fill(donor);
      await page.locator('[data-testid=donation-submit]').click();
      await waitForStatus(page, 'device');
      await expect(page.locator('[data-testid=save-status]').textContent()).resolves.toContain(
        'Saved on this device, encrypted',
      );
      await page.locator('[data-testid=submission-offline]').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const [copy, ...others] = await keptCopies(page);
      expect(others).toEqual([]);
      expect(copy?.[0]).toMatch(/^vigil\.suppliesDraft\.receipt\.sup-[0-9a-f]{32}$/);
      expect(copy?.[1]).not.toContain(donor);
      expect(copy?.[1]).not.toContain(ponchos.code);
      await screenshot(page, 'supplies-drafts-offline');

      // The page is reloaded while the API still cannot be reached: the donation is shown again, unsent.
      await page.route(DONATION_PAGE, (route) =>
        isReceipt(route) ? route.abort('internetdisconnected') : route.continue(),
      );
      await context.setOffline(false);
      await page.reload();
      await waitForStatus(page, 'device');
      await expect(page.locator('#donation-lines-0-quantity').inputValue()).resolves.toBe('12');
      await expect(page.locator('#donation-donor').inputValue()).resolves.toBe(donor);
      await expect(receipts()).resolves.toHaveLength(1);

      // The overview says a record waits on this device, and leads back to it.
      await page.goto(`/supplies?locationId=${fixture.warehouse.id}`);
      await page.locator('[data-testid=unsent-supplies]').waitFor();
      await page.locator('[data-testid=unsent-supplies] a[href="/supplies/donations/new"]').click();
      await page.waitForURL('**/supplies/donations/new');
      await waitForStatus(page, 'device');
      await expect(page.locator('#donation-lines-0-quantity').inputValue()).resolves.toBe('12');

      // The connection is back; the first resend reaches the server but its answer is lost on the way
      // back. The next one carries the same Idempotency-Key: the donation is counted once.
      await page.unroute(DONATION_PAGE);
      let lost = false;
      await page.route(DONATION_PAGE, async (route) => {
        if (lost || !isReceipt(route)) return route.continue();
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
      });
      await context.setOffline(true);
      await context.setOffline(false);
      await waitForStatus(page, 'server');
      expect(lost).toBe(true);
      await expect(page.locator('[data-testid=save-status]').textContent()).resolves.toContain('Sent at');
      await expect(page.locator('[data-testid=submission-success]').textContent()).resolves.toContain(
        `12 × Rain poncho ${fixture.suffix}`,
      );
      await expect(keptCopies(page)).resolves.toEqual([]);
      await page.unroute(DONATION_PAGE);
      const after = await receipts();
      expect(after.map((movement) => movement.quantity).sort((a, b) => a - b)).toEqual([4, 12]);
      await screenshot(page, 'supplies-drafts-sent');

      // A donation kept on the device when its volunteer signs out goes with the session.
      await page.route(DONATION_PAGE, (route) =>
        isReceipt(route) ? route.abort('internetdisconnected') : route.continue(),
      );
      await page.locator('#donation-item-search').fill(`Rain poncho ${fixture.suffix}`);
      await page.locator(`[data-testid=item-result][data-code="${ponchos.code}"]`).click();
      await page.locator('#donation-lines-0-quantity').fill('3');
      await page.locator('[data-testid=donation-submit]').click();
      await waitForStatus(page, 'device');
      await expect(keptCopies(page)).resolves.toHaveLength(1);
      await page.unroute(DONATION_PAGE);
      await logout(page);
      await expect(keptCopies(page)).resolves.toEqual([]);
    },
    { viewport: PHONE },
  );
  await expect(receipts()).resolves.toHaveLength(2);
  await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
});

test('a distribution recorded offline is kept on the phone and sent once the connection is back', async () => {
  const fixture = await suppliesFixture('draftdis', [
    { nameEn: 'Power bank', category: 'phone', quantity: 20 },
  ]);
  const [banks] = fixture.items as [(typeof fixture.items)[0]];
  await withPage(
    'supplies-drafts-distribution',
    async (page, context) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await page.goto(`/supplies/distributions/record?locationId=${fixture.warehouse.id}`);
      await page.locator('#distribution-item-search').fill(fixture.suffix);
      await page.locator(`[data-testid=item-result][data-code="${banks.code}"]`).click();
      await context.setOffline(true);
      await page.locator('#distribution-lines-0-quantity').fill('6');
      await page.locator('#distribution-served-women').fill('6');
      await page.locator('[data-testid=distribution-submit]').click();
      await waitForStatus(page, 'device');
      await expect(keptCopies(page)).resolves.toHaveLength(1);
      await context.setOffline(false);
      await page.waitForURL((url) => /^\/supplies\/distributions\/[0-9a-f-]{36}$/.test(url.pathname), {
        timeout: 30_000,
      });
      await expect(page.locator('[data-testid=served]').textContent()).resolves.toContain('6 women');
      await expect(
        page.locator(`[data-testid=distribution-line][data-code="${banks.code}"]`).textContent(),
      ).resolves.toContain('6');
      await expect(keptCopies(page)).resolves.toEqual([]);
    },
    { viewport: PHONE },
  );
});
