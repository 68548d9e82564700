import { readFile } from 'node:fs/promises';
import { closeBrowser, login, withPage } from './support/browser';
import { generateDossier } from './support/dossiers';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

test('a lawyer filters the list, previews the counts, generates a dossier and downloads the PDF', async () => {
  await withPage(
    'incident-lawyer-dossier',
    async (page) => {
      await login(page, DEMO_EMAILS.lawyer, DEMO_PASSWORD);
      await page.goto('/incidents');
      // Keyset pages: "load more" appends the next 50 under the same filter.
      const rows = page.locator('[data-testid=incident-row]');
      await expect(rows.count()).resolves.toBe(50);
      await page.locator('[data-testid=load-more]').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=incident-row]').length > 50);
      await page.locator('[data-testid=incidents-chart]').waitFor();

      // Every kind of gassing at Calais: the parent act type stands for its children.
      const tree = page.locator('[data-filter=actTypeId]');
      await tree.locator('summary').click();
      await tree.locator('label', { hasText: 'Tear gas / pepper spray' }).click();
      await page.locator('#f-commune').fill('Calais');
      await page.locator('[data-testid=apply-filters]').click();
      await page.waitForURL(
        (url) => url.searchParams.has('actTypeId') && url.searchParams.get('commune') === 'Calais',
      );
      const listQuery = new URL(page.url()).searchParams;
      await expect(page.locator('[data-testid=filter-chips] li').count()).resolves.toBe(2);
      await rows.first().waitFor();
      for (const text of await rows.allTextContents()) {
        expect(text).toMatch(/Calais/);
        expect(text).toMatch(/Sprayed|Gas/i);
      }

      // The dossier builder opens with the same filter and shows the figures before generating.
      await page.locator('a[href^="/incidents/dossier?"]').first().click();
      await page.waitForURL((url) => url.pathname === '/incidents/dossier');
      const dossierQuery = new URL(page.url()).searchParams;
      expect(dossierQuery.getAll('actTypeId')).toEqual(listQuery.getAll('actTypeId'));
      expect(dossierQuery.get('commune')).toBe('Calais');
      const total = Number(await page.locator('[data-testid=preview-total]').textContent());
      expect(total).toBeGreaterThan(0);
      await expect(page.locator('[data-testid=preview-act-types] li').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('[data-testid=preview-forces] li').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('[data-testid=preview-months] li').count()).resolves.toBeGreaterThan(0);
      await page.locator('[data-testid=preview-rio]').waitFor();

      // Identities stay out unless asked for; asking shows what it means.
      await page.locator('#include-identities').check();
      await page.locator('[data-testid=identities-warning]').waitFor();
      await page.locator('#include-identities').uncheck();

      const ready = await generateDossier(page);
      await expect(ready.textContent()).resolves.toContain(String(total));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        ready.locator('[data-testid=download-pdf]').click(),
      ]);
      const file = await download.path();
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // The CSV export of the same filter streams through the dashboard.
      const csvHref = (await page.locator('[data-testid=export-csv]').getAttribute('href')) ?? '';
      expect(csvHref).toContain('commune=Calais');
      const csv = await page.request.get(csvHref);
      expect(csv.ok()).toBe(true);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect((await csv.text()).trim().split('\n').length).toBeGreaterThan(1);

      const manifest = await page.request.get(
        (await ready.locator('[data-testid=download-manifest]').getAttribute('href')) ?? '',
      );
      expect(manifest.ok()).toBe(true);
      const signed = (await manifest.json()) as { payload: { incidents: unknown[] }; signature: string };
      expect(signed.payload.incidents).toHaveLength(total);
      expect(signed.signature.length).toBeGreaterThan(0);
    },
    { locale: 'en' },
  );
});

test('a lawyer reviews an incident someone else recorded', async () => {
  await withPage(
    'incident-lawyer-review',
    async (page) => {
      await login(page, DEMO_EMAILS.lawyer, DEMO_PASSWORD);
      await page.goto('/incidents?verificationStatus=unverified&status=submitted');
      await page.locator('[data-testid=incident-row] a').first().click();
      await page.waitForURL((url) => /^\/incidents\/[0-9a-f-]{36}$/.test(url.pathname));
      const form = page.locator('[data-testid=review-form]');
      await form.locator('select').selectOption('corroborated');
      await form.locator('button[type=submit]').click();
      await form.locator('[role=status]').waitFor();
      await page.reload();
      await expect(page.locator('[data-testid=incident-facts]').textContent()).resolves.toContain(
        'Maître Durand',
      );
      await expect(page.locator('[data-testid=revision]').first().textContent()).resolves.toContain(
        'verification',
      );
    },
    { locale: 'en' },
  );
});
