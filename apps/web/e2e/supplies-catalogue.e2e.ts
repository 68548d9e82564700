import { apiCall, apiLogin } from './support/api';
import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

interface Item {
  id: string;
  code: string;
  category: string;
  nameEn: string;
  nameFr: string;
  unit: string;
  size: string | null;
  gender: string | null;
  tracksExpiry: boolean;
  priority: string;
  season: string;
  active: boolean;
}

test('an administrator adds an item to the catalogue, changes it, and finds it there', async () => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const code = `E2E-BOOTS-${suffix}`;
  let id = '';
  await withPage('supplies-catalogue', async (page) => {
    await login(page, DEMO_EMAILS.admin, DEMO_PASSWORD);
    await page.goto('/supplies/items');
    await page.locator('[data-testid=new-item]').click();
    await page.waitForURL('**/supplies/items/new');

    // Size and fit are asked once the item is clothing or shoes.
    await expect(page.locator('#item-size').count()).resolves.toBe(0);
    await page.locator('#item-code').fill(code.toLowerCase());
    await page.locator('#item-nameEn').fill(`Walking boots ${suffix}`);
    await page.locator('#item-nameFr').fill(`Chaussures de marche ${suffix}`);
    await page.selectOption('#item-category', 'shoes');
    await page.selectOption('#item-unit', 'pair');
    await page.locator('#item-size').fill('43');
    await page.selectOption('#item-gender', 'men');
    await page.locator('label[for="item-priority-high"]').click();
    await page.locator('label[for="item-season-winter"]').click();
    await page.locator('[data-testid=item-submit]').click();
    await page.waitForURL((url) => /^\/supplies\/items\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.locator('[data-testid=item-saved]').waitFor();
    id = new URL(page.url()).pathname.split('/')[3] ?? '';
    await expect(page.locator('h1').first().textContent()).resolves.toBe(`Walking boots ${suffix} · 43`);
    await expect(page.locator('[data-testid=item-facts]').textContent()).resolves.toContain('High priority');

    // The same code twice is refused, on the field.
    await page.goto('/supplies/items/new');
    await page.locator('#item-code').fill(code);
    await page.locator('#item-nameEn').fill('Duplicate');
    await page.locator('#item-nameFr').fill('Doublon');
    await page.selectOption('#item-category', 'shoes');
    await page.locator('[data-testid=item-submit]').click();
    await page.locator('#item-code[aria-invalid=true]').waitFor();
    await expect(page.locator('[data-testid=item-form]').textContent()).resolves.toContain('Already used');

    // Changed: French name, expiry tracked, retired; the code stays.
    await page.goto(`/supplies/items/${id}`);
    await page.locator('[data-testid=edit-item]').click();
    await page.waitForURL(`**/supplies/items/${id}/edit`);
    await expect(page.locator('#item-code').count()).resolves.toBe(0);
    await expect(page.locator('#item-size').inputValue()).resolves.toBe('43');
    await page.locator('#item-nameFr').fill(`Brodequins ${suffix}`);
    await page.locator('#item-tracksExpiry').check();
    await page.locator('#item-active').uncheck();
    await page.locator('[data-testid=item-submit]').click();
    await page.waitForURL(
      (url) => url.pathname === `/supplies/items/${id}` && url.search === '?saved=updated',
    );
    const facts = page.locator('[data-testid=item-facts]');
    await expect(facts.textContent()).resolves.toContain('Expiry dates tracked');
    await expect(facts.textContent()).resolves.toContain('No longer stocked');

    // In the catalogue: retired items show only when asked for.
    await page.goto(`/supplies/items?q=${code}`);
    await expect(page.locator('[data-testid=catalogue-row]').count()).resolves.toBe(0);
    await page.locator('#cf-retired').check();
    await page.locator('[data-testid=apply-catalogue-filters]').click();
    await page.waitForURL((url) => url.searchParams.get('includeInactive') === 'true');
    const row = page.locator(`[data-testid=catalogue-row][data-code="${code}"]`);
    await expect(row.textContent()).resolves.toContain(`Walking boots ${suffix}`);
    await expect(row.textContent()).resolves.toContain('Retired');
    await screenshot(page, 'supplies-catalogue');
  });

  const token = await apiLogin(DEMO_EMAILS.admin, DEMO_PASSWORD);
  try {
    const { item } = await apiCall<{ item: Item }>('GET', `/api/supplies/items/${id}`, { token });
    expect(item).toMatchObject({
      code,
      category: 'shoes',
      nameEn: `Walking boots ${suffix}`,
      nameFr: `Brodequins ${suffix}`,
      unit: 'pair',
      size: '43',
      gender: 'men',
      tracksExpiry: true,
      priority: 'high',
      season: 'winter',
      active: false,
    });
  } finally {
    await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
  }

  // A coordinator reads the catalogue, and cannot change it.
  await withPage('supplies-catalogue-coordinator', async (page) => {
    await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
    await page.goto('/supplies/items?q=TENT');
    await expect(page.locator('[data-testid=catalogue-row]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid=new-item]').count()).resolves.toBe(0);
    await page.goto(`/supplies/items/${id}`);
    await expect(page.locator('[data-testid=edit-item]').count()).resolves.toBe(0);
    for (const path of ['/supplies/items/new', `/supplies/items/${id}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await page.locator('[data-testid=forbidden]').waitFor();
    }
  });
});
