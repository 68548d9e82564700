import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { suppliesFixture } from './support/supplies';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

test('boxes are labelled, their labels print as a PDF, and a scanned label opens the box to load it into a van', async () => {
  const fixture = await suppliesFixture('box', [
    { nameEn: 'Winter jacket', category: 'clothing', quantity: 40 },
  ]);
  const [jackets] = fixture.items as [(typeof fixture.items)[0]];
  await withPage(
    'supplies-labels',
    async (page) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await page.goto(`/supplies/labels?itemId=${jackets.id}`);
      await page.locator('#box-locationId').selectOption(fixture.warehouse.id);
      await page.locator('#box-quantity').fill('10');
      await page.locator('#box-copies').fill('2');
      await page.locator('[data-testid=box-submit]').click();
      await page.waitForURL((url) => url.searchParams.has('created'));
      const created = new URL(page.url()).searchParams.get('created')?.split(',') ?? [];
      expect(created).toHaveLength(2);

      // The ticked labels print as one A4 PDF, streamed through the dashboard.
      const pdf = await page.request.get(`/supplies/labels.pdf?ids=${created.join(',')}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

      // Scanning a label opens the box's page: load it into the van from there.
      await page.goto(`/supplies/boxes/${created[0]}`);
      await expect(page.locator('[data-testid=box-facts]').textContent()).resolves.toContain(
        fixture.warehouse.name,
      );
      await page.locator(`a[href="/supplies/transfers/new?boxId=${created[0]}"]`).click();
      await page.waitForURL('**/supplies/transfers/new?boxId=**');
      await expect(page.locator('#transfer-fromLocationId').inputValue()).resolves.toBe(fixture.warehouse.id);
      await expect(page.locator('#transfer-lines-0-quantity').inputValue()).resolves.toBe('10');
      await page.locator('#transfer-toLocationId').selectOption(fixture.van.id);
      await page.locator('[data-testid=transfer-submit]').click();
      await page.locator('[data-testid=submission-success]').waitFor();

      // The box moved with its stock: it now reads as being in the van.
      await page.goto(`/supplies/boxes/${created[0]}`);
      await expect(page.locator('[data-testid=box-facts]').textContent()).resolves.toContain(
        fixture.van.name,
      );

      // The reports' figures download as CSV.
      const csv = await page.request.get('/supplies/reports/export/stock-by-location');
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const text = await csv.text();
      expect(text.split('\r\n')[0]).toBe('Location,Kind of location,Category,Items,On hand,Reserved,Available');
      expect(text).toContain(`${fixture.van.name},van,clothing,1,10,0,10`);
    },
    { viewport: PHONE },
  );
});
