import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { suppliesFixture } from './support/supplies';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

test('a volunteer on a phone records a donation, then a distribution, and is told what is short', async () => {
  const fixture = await suppliesFixture('vol', [
    { nameEn: 'Sleeping bag', category: 'shelter', quantity: 10 },
    { nameEn: 'Tinned chickpeas', category: 'food', quantity: 30 },
  ]);
  const [bags, tins] = fixture.items as [(typeof fixture.items)[0], (typeof fixture.items)[0]];
  await withPage(
    'supplies-volunteer',
    async (page) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await page.goto(`/supplies?locationId=${fixture.warehouse.id}`);
      await page.locator(`a[href="/supplies/donations/new?locationId=${fixture.warehouse.id}"]`).click();
      await page.waitForURL('**/supplies/donations/new**');

      // A bag of sleeping bags arrives: location (already chosen), search, quantity, record.
      await expect(page.locator('#donation-locationId').inputValue()).resolves.toBe(fixture.warehouse.id);
      await page.locator('#donation-item-search').fill(`Sleeping bag ${fixture.suffix}`);
      await page.locator(`[data-testid=item-result][data-code="${bags.code}"]`).click();
      await page.locator('#donation-lines-0-quantity').fill('25');
      await page.locator('#donation-donor').fill('Secours populaire');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.locator('[data-testid=donation-submit]').click();
      await page.locator('[data-testid=submission-success]').waitFor();
      await expect(page.locator('[data-testid=submission-success]').textContent()).resolves.toContain('25 ×');
      // The form is ready for the next bag: same location, no lines left.
      await expect(page.locator('[data-testid=line]').count()).resolves.toBe(0);

      // A second donation whose answer is lost on the way back (the request reached the server):
      // sent again, with the same Idempotency-Key, it is counted once.
      let lost = false;
      await page.route('**/supplies/donations/new**', async (route) => {
        // Only the receipt's Server Action (the item search posts to the same page).
        if (lost || !(route.request().postData() ?? '').includes('"receipt"')) return route.continue();
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
      });
      await page.locator('#donation-item-search').fill(`Tinned chickpeas ${fixture.suffix}`);
      await page.locator(`[data-testid=item-result][data-code="${tins.code}"]`).click();
      await page.locator('#donation-lines-0-quantity').fill('5');
      await page.locator('[data-testid=donation-submit]').click();
      await page.locator('[data-testid=submission-offline]').waitFor();
      await page.locator('[data-testid=donation-submit]').click();
      await page.locator('[data-testid=submission-success]').waitFor();
      await page.unroute('**/supplies/donations/new**');

      // The evening distribution at the van's stop, recorded afterwards: counts by group, never names.
      await page.goto(`/supplies/distributions/record?locationId=${fixture.warehouse.id}`);
      await page.locator('#distribution-served-men').fill('40');
      await page.locator('#distribution-served-women').fill('12');
      await page.locator('#distribution-served-families').fill('5');
      await page.locator('#distribution-served-minors').fill('9');
      await page.locator('#distribution-item-search').fill(fixture.suffix);
      await page.locator(`[data-testid=item-result][data-code="${bags.code}"]`).click();
      await page.locator(`[data-testid=item-result][data-code="${tins.code}"]`).click();
      await page.locator('#distribution-lines-0-quantity').fill('20');
      await page.locator('#distribution-lines-1-quantity').fill('24');
      await page.locator('[data-testid=distribution-submit]').click();
      await page.waitForURL((url) => /^\/supplies\/distributions\/[0-9a-f-]{36}$/.test(url.pathname));
      await expect(page.locator('[data-testid=served]').textContent()).resolves.toBe(
        '40 men · 12 women · 5 families · 9 minors',
      );
      await expect(
        page.locator(`[data-testid=distribution-line][data-code="${bags.code}"]`).textContent(),
      ).resolves.toContain('20');
      await screenshot(page, 'supplies-volunteer-distribution');

      // Asking more than is left: refused, with the item, the place, the quantity asked and available.
      await page.goto(`/supplies/distributions/record?locationId=${fixture.warehouse.id}`);
      await page.locator('#distribution-item-search').fill(fixture.suffix);
      await page.locator(`[data-testid=item-result][data-code="${tins.code}"]`).click();
      await page.locator('#distribution-lines-0-quantity').fill('50');
      await page.locator('[data-testid=distribution-submit]').click();
      const conflict = page.locator('[data-testid=stock-conflict]');
      await conflict.waitFor();
      const message = (await conflict.textContent()) ?? '';
      expect(message).toContain(tins.nameEn);
      expect(message).toContain(fixture.warehouse.name);
      expect(message).toContain('50');
      expect(message).toContain('available 11');

      // Stock at the warehouse: 10 + 25 − 20 sleeping bags, 30 + 5 − 24 tins (the resent donation once).
      await page.goto(`/supplies?locationId=${fixture.warehouse.id}&q=${fixture.suffix}`);
      const available = (code: string) =>
        page
          .locator(`[data-testid=stock-row][data-code="${code}"] [data-testid=stock-available]`)
          .textContent();
      await expect(available(bags.code)).resolves.toBe('15');
      await expect(available(tins.code)).resolves.toBe('11');
    },
    { viewport: PHONE },
  );
});
