import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

test('a coordinator on a phone registers a site, is shown a refused field beside it, and edits the site', async () => {
  const name = `e2e-site-${Date.now()}`;
  await withPage(
    'sites-coordinator',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto('/sites');
      await page.locator('[data-testid=register-site]').click();
      await page.waitForURL('**/sites/new');

      await page.locator('#site-name').fill(name);
      await page.locator('#site-aliases').fill('Old dairy, Bridge camp');
      await page.locator('#site-type').selectOption('squat');
      await page.locator('#site-status').selectOption('threatened');
      await page.locator('#site-commune').fill('Grande-Synthe');
      await page.locator('#site-area').fill('Near the canal');
      await page.locator('[data-testid=section-place] summary').click();
      await page.locator('#site-address').fill('12 rue du Canal');
      await page.locator('#site-latitude').fill('123');
      await page.locator('#site-longitude').fill('2.29');
      await page.locator('[data-testid=save-site]').click();

      // The API refuses a latitude beyond 90: the error sits beside the field, nothing typed is lost.
      await page.locator('#site-latitude[aria-invalid=true]').waitFor();
      await page.locator('#site-latitude-error').waitFor();
      expect(await page.locator('#site-name').inputValue()).toBe(name);

      await page.locator('#site-latitude').fill('51,01');
      await page.locator('[data-testid=save-site]').click();
      await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
      expect(await page.locator('h1').innerText()).toBe(name);
      expect(await page.locator('[data-testid=site-address]').innerText()).toBe('12 rue du Canal');
      expect(await page.locator('[data-testid=site-status]').innerText()).toMatch(/threatened|menacé/i); // the demo coordinator reads French

      await page.locator('[data-testid=edit-site]').click();
      await page.waitForURL(/\/sites\/[0-9a-f-]{36}\/edit$/);
      // The stored record comes back into the form, the exact place included.
      expect(await page.locator('#site-aliases').inputValue()).toBe('Old dairy, Bridge camp');
      expect(await page.locator('#site-latitude').inputValue()).toBe('51.01');
      await page.locator('#site-commune').fill('Loon-Plage');
      await page.locator('[data-testid=section-notes] summary').click();
      await page.locator('#site-needs').fill('Water, tarpaulins');
      await page.locator('[data-testid=save-site]').click();
      await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
      expect(await page.locator('[data-testid=site-commune]').innerText()).toBe('Loon-Plage');
      await page.getByText('Water, tarpaulins').waitFor();

      // Two coordinators open the form; the later save over the earlier one is refused, nothing typed is lost.
      const editPath = `${new URL(page.url()).pathname}/edit`;
      await page.goto(editPath);
      const other = await page.context().newPage();
      await other.goto(editPath);
      await other.locator('#site-area').fill('By the lock');
      await other.locator('[data-testid=save-site]').click();
      await other.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
      await other.close();
      await page.locator('#site-area').fill('Behind the warehouse');
      await page.locator('[data-testid=save-site]').click();
      await page.locator('[data-testid=conflict]').waitFor();
      expect(await page.locator('#site-area').inputValue()).toBe('Behind the warehouse');

      await page.goto(`/sites?q=${encodeURIComponent(name)}`);
      expect(await page.locator(`[data-testid=site-row][data-name="${name}"]`).count()).toBe(1);
    },
    { viewport: PHONE },
  );
});

test('a volunteer has no register or edit buttons and is refused the site form', async () => {
  await withPage('sites-volunteer-form', async (page) => {
    await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
    await page.goto('/sites');
    await page.locator('[data-testid=site-row]').first().waitFor();
    expect(await page.locator('[data-testid=register-site]').count()).toBe(0);
    await page.locator('[data-testid=site-row] a').first().click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid=site-commune]').waitFor();
    expect(await page.locator('[data-testid=edit-site]').count()).toBe(0);
    const siteUrl = page.url();

    for (const path of ['/sites/new', `${new URL(siteUrl).pathname}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await page.locator('[data-testid=forbidden]').waitFor();
    }
  });
});
