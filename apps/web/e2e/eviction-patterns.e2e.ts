import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { generateDossier } from './support/dossiers';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

test('a lawyer reads the eviction patterns, downloads their CSV and builds a dossier covering evictions', async () => {
  await withPage(
    'eviction-patterns',
    async (page) => {
      await login(page, DEMO_EMAILS.lawyer, DEMO_PASSWORD);
      await page.goto('/evictions');
      await page.locator('[data-testid=eviction-row]').first().waitFor();

      // Patterns across every site: the figures, the chart, one row per site with its rhythm.
      await page.goto('/evictions/patterns');
      const total = Number(
        (await page.locator('[data-testid=pattern-total] .text-3xl').textContent())?.replace(/\D/g, ''),
      );
      expect(total).toBeGreaterThan(0);
      await page.locator('[data-testid=evictions-chart]').waitFor();
      await expect(page.locator('[data-testid=pattern-no-legal-basis]').textContent()).resolves.toMatch(/%/);
      await expect(page.locator('[data-testid=pattern-sites] tbody tr').count()).resolves.toBeGreaterThan(1);
      await expect(page.locator('[data-testid=pattern-sites]').textContent()).resolves.toMatch(
        /≈ \d+ (h|days)/,
      );
      await screenshot(page, 'eviction-patterns');

      // The per-site table as CSV, the same rows, through the dashboard.
      const href = (await page.locator('[data-testid=pattern-sites-csv]').getAttribute('href')) ?? '';
      const csv = await page.request.get(href);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines[0]).toBe(
        'Site,Commune,Evictions,First,Last,Median interval (hours),Mean interval (hours),Shortest (hours),Longest (hours),No order shown',
      );
      expect(lines.length - 1).toBe(await page.locator('[data-testid=pattern-sites] tbody tr').count());

      // One site's evictions into a dossier, with the incidents of the same site.
      await page.goto('/sites?q=Puythouck');
      await page.locator('[data-testid=site-row] a').first().click();
      await page.locator('[data-testid=eviction-timeline]').waitFor();
      await page.locator('a[href^="/evictions?siteId="]').click();
      await page.waitForURL((url) => url.pathname === '/evictions' && url.searchParams.has('siteId'));
      await page.locator('a[href^="/incidents/dossier?"]').first().click();
      await page.waitForURL(
        (url) => url.pathname === '/incidents/dossier' && url.searchParams.get('evictions') === '1',
      );
      const evictions = Number(await page.locator('[data-testid=preview-evictions]').textContent());
      expect(evictions).toBeGreaterThan(0);
      const ready = await generateDossier(page);
      await expect(ready.locator('[data-testid=dossier-eviction-count]').textContent()).resolves.toContain(
        String(evictions),
      );
    },
    { locale: 'en' },
  );
});
