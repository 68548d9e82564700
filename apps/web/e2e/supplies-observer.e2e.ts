import { ApiCallError, apiCall, apiLogin } from './support/api';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { suppliesFixture } from './support/supplies';

afterAll(closeBrowser);

test('a legal observer reads stock but has no edit actions, and the API refuses a direct POST', async () => {
  const fixture = await suppliesFixture('obs', [{ nameEn: 'Tarpaulin', category: 'shelter', quantity: 8 }]);
  const [tarps] = fixture.items as [(typeof fixture.items)[0]];
  await withPage('supplies-observer', async (page) => {
    await login(page, DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
    await page.goto(`/supplies?locationId=${fixture.warehouse.id}`);
    await expect(
      page
        .locator(`[data-testid=stock-row][data-code="${tarps.code}"] [data-testid=stock-available]`)
        .textContent(),
    ).resolves.toBe('8');
    // Reading only: no recording buttons, no thresholds, no labels to make.
    await expect(page.locator('[data-testid=stock-actions]').count()).resolves.toBe(0);
    await page.goto(`/supplies/items/${tarps.id}`);
    await expect(page.locator('[data-testid=ledger-row]').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid=threshold-form]').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="/supplies/donations/new"]').count()).resolves.toBe(0);

    // The forms themselves are refused by the dashboard's server.
    for (const path of [
      '/supplies/donations/new',
      '/supplies/distributions/record',
      '/supplies/transfers/new',
      '/supplies/stocktake',
      '/supplies/import',
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await page.locator('[data-testid=forbidden]').waitFor();
    }
  });

  // And by the API, to a script holding the observer's own token.
  const token = await apiLogin(DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
  try {
    const refused = await apiCall('POST', '/api/supplies/receipts', {
      token,
      body: {
        locationId: fixture.warehouse.id,
        source: 'donation',
        lines: [{ itemId: tarps.id, quantity: 1 }],
      },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiCallError);
    expect((refused as ApiCallError).status).toBe(403);
    const stock = await apiCall<{ rows: { available: number }[] }>(
      'GET',
      `/api/supplies/stock?locationId=${fixture.warehouse.id}&q=${encodeURIComponent(tarps.code)}`,
      { token },
    );
    expect(stock.rows.map((row) => row.available)).toEqual([8]);
  } finally {
    await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
  }
});
