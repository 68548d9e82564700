import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { suppliesFixture } from './support/supplies';

afterAll(closeBrowser);

test('a coordinator counts a warehouse, checks the differences, confirms them and sees the adjustments', async () => {
  const fixture = await suppliesFixture('count', [
    { nameEn: 'Tent 2-person', category: 'shelter', quantity: 30 },
    { nameEn: 'Blanket', category: 'shelter', quantity: 12 },
    { nameEn: 'Power bank', category: 'phone', quantity: 5 },
  ]);
  const [tents, blankets, banks] = fixture.items as [
    (typeof fixture.items)[0],
    (typeof fixture.items)[0],
    (typeof fixture.items)[0],
  ];
  await withPage(
    'supplies-stocktake',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto(`/supplies?locationId=${fixture.warehouse.id}`);
      await page.locator(`a[href="/supplies/stocktake?locationId=${fixture.warehouse.id}"]`).click();
      await page.waitForURL('**/supplies/stocktake?**');

      // The sheet lists what the books hold here, without the expected figures (a blind count).
      const line = (code: string) => page.locator(`[data-testid=sheet-line][data-code="${code}"]`);
      await expect(page.locator('[data-testid=sheet-line]').count()).resolves.toBe(3);
      await expect(line(tents.code).locator('[data-testid=sheet-count]').inputValue()).resolves.toBe('');
      await expect(line(tents.code).textContent()).resolves.not.toMatch(/available|in the books/i);
      await line(tents.code).locator('[data-testid=sheet-count]').fill('27');
      await line(blankets.code).locator('[data-testid=sheet-count]').fill('12');
      await line(banks.code).locator('[data-testid=sheet-count]').fill('7');
      await page.locator('[data-testid=stocktake-preview-button]').click();

      // The check: only the rows that differ, with their adjustment; nothing is written yet.
      await page.locator('[data-testid=stocktake-preview]').waitFor();
      const difference = (code: string) =>
        page
          .locator(`[data-testid=difference][data-code="${code}"] [data-testid=difference-value]`)
          .textContent();
      await expect(difference(tents.code)).resolves.toBe('−3');
      await expect(difference(banks.code)).resolves.toBe('+2');
      await expect(
        page.locator(`[data-testid=difference][data-code="${blankets.code}"]`).count(),
      ).resolves.toBe(0);
      await expect(page.locator('[data-testid=unchanged]').textContent()).resolves.toContain(
        '1 row unchanged',
      );
      await page.locator('#stocktake-reason').fill('Monthly count');
      await page.locator('[data-testid=stocktake-confirm]').click();

      await page.locator('[data-testid=stocktake-done]').waitFor();
      await expect(page.locator('[data-testid=stocktake-done]').textContent()).resolves.toContain(
        '2 adjustments',
      );
      await screenshot(page, 'supplies-stocktake-done');

      // The adjustments are in the stock and in the item's ledger.
      await page.goto(`/supplies/items/${tents.id}`);
      await expect(page.locator('[data-testid=total-available]').textContent()).resolves.toBe('27');
      const adjustment = page.locator('[data-testid=ledger-row][data-kind=adjust]');
      await expect(adjustment.count()).resolves.toBe(1);
      await expect(adjustment.locator('[data-testid=ledger-quantity]').textContent()).resolves.toBe('−3');
      await adjustment.locator('a').click();
      await page.waitForURL('**/supplies/operations/**');
      await expect(page.locator('[data-testid=operation-facts]').textContent()).resolves.toContain(
        'Monthly count',
      );
      await expect(page.locator('[data-testid=operation-movement]').count()).resolves.toBe(2);
    },
    // The demo coordinator reads French; the texts checked here are the English ones.
    { locale: 'en' },
  );
});
