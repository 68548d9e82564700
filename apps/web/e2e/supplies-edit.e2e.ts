import { apiCall, apiLogin } from './support/api';
import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { suppliesFixture } from './support/supplies';

afterAll(closeBrowser);

interface Distribution {
  id: string;
  needId: string | null;
  note: string | null;
  version: number;
  lines: { item: { code: string }; planned: number }[];
}
interface Need {
  id: string;
  partner: string | null;
  neededBy: string;
  version: number;
  lines: { item: { code: string }; quantity: number }[];
}

const planned = (lines: { item: { code: string }; planned: number }[]) =>
  Object.fromEntries(lines.map((line) => [line.item.code, line.planned]));

test('a coordinator changes a planned distribution’s lines and need, and is told when someone else changed it', async () => {
  const fixture = await suppliesFixture('edit', [
    { nameEn: 'Blanket', category: 'shelter', quantity: 40 },
    { nameEn: 'Tarpaulin', category: 'shelter', quantity: 10 },
  ]);
  const [blankets, tarps] = fixture.items as [(typeof fixture.items)[0], (typeof fixture.items)[0]];
  const token = await apiLogin(DEMO_EMAILS.coordinator, DEMO_PASSWORD);
  const partner = `E2E partner ${fixture.suffix}`;
  const { need } = await apiCall<{ need: Need }>('POST', '/api/supplies/needs', {
    token,
    body: { partner, neededBy: '2026-12-20', lines: [{ itemId: blankets.id, quantity: 10 }] },
  });
  const { distribution } = await apiCall<{ distribution: Distribution }>(
    'POST',
    '/api/supplies/distributions',
    {
      token,
      body: {
        locationId: fixture.warehouse.id,
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        lines: [{ itemId: blankets.id, quantity: 5 }],
      },
    },
  );
  const id = distribution.id;
  const current = () =>
    apiCall<{ distribution: Distribution }>('GET', `/api/supplies/distributions/${id}`, { token }).then(
      (r) => r.distribution,
    );

  await withPage(
    'supplies-edit-distribution',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto(`/supplies/distributions/${id}`);
      await page.locator('[data-testid=edit-distribution]').click();
      await page.waitForURL(`**/supplies/distributions/${id}/edit`);
      await expect(page.locator('#distribution-lines-0-quantity').inputValue()).resolves.toBe('5');
      await page.locator('#distribution-lines-0-quantity').fill('8');
      await page.locator('#distribution-item-search').fill(fixture.suffix);
      await page.locator(`[data-testid=item-result][data-code="${tarps.code}"]`).click();
      await page.locator('#distribution-lines-1-quantity').fill('3');
      await page.selectOption('#distribution-needId', need.id);
      await page.locator('#distribution-note').fill('Two more families arrived');
      await page.locator('[data-testid=distribution-submit]').click();
      await page.waitForURL(
        (url) => url.pathname === `/supplies/distributions/${id}` && url.search === '?saved=edit',
      );
      await page.locator('[data-testid=distribution-edited]').waitFor();
      const line = (code: string) =>
        page.locator(`[data-testid=distribution-line][data-code="${code}"]`).textContent();
      await expect(line(blankets.code)).resolves.toContain('8');
      await expect(line(tarps.code)).resolves.toContain('3');
      const saved = await current();
      expect(planned(saved.lines)).toEqual({ [blankets.code]: 8, [tarps.code]: 3 });
      expect(saved).toMatchObject({ needId: need.id, note: 'Two more families arrived', version: 2 });

      // Someone else changes it while the form is open: saving says so, and reloading shows their change.
      await page.goto(`/supplies/distributions/${id}/edit`);
      await apiCall('PUT', `/api/supplies/distributions/${id}`, {
        token,
        body: {
          version: saved.version,
          locationId: fixture.warehouse.id,
          needId: need.id,
          scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
          note: 'Moved to Thursday',
          lines: [{ itemId: blankets.id, quantity: 8 }],
        },
      });
      await page.locator('#distribution-lines-0-quantity').fill('9');
      await page.locator('[data-testid=distribution-submit]').click();
      const conflict = page.locator('[data-testid=version-conflict]');
      await conflict.waitFor();
      await expect(conflict.textContent()).resolves.toContain('Someone changed this meanwhile');
      await screenshot(page, 'supplies-edit-conflict');
      await conflict.locator('a').click();
      await page.waitForFunction(
        () =>
          (document.querySelector('#distribution-note') as HTMLTextAreaElement | null)?.value ===
          'Moved to Thursday',
      );
      await expect(page.locator('[data-testid=line]').count()).resolves.toBe(1);
      expect(planned((await current()).lines)).toEqual({ [blankets.code]: 8 });

      // Once packed it can no longer change: no edit button, and the edit page says why.
      const { distribution: packed } = await apiCall<{ distribution: Distribution }>(
        'POST',
        `/api/supplies/distributions/${id}/pack`,
        { token, body: { version: 3 } },
      );
      expect(packed.version).toBe(4);
      await page.goto(`/supplies/distributions/${id}`);
      await expect(page.locator('[data-testid=edit-distribution]').count()).resolves.toBe(0);
      await page.goto(`/supplies/distributions/${id}/edit`);
      await page.locator('[data-testid=not-planned]').waitFor();
    },
    { locale: 'en' },
  );
  await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
});

test('a coordinator changes an open need: who asks, by when and what', async () => {
  const fixture = await suppliesFixture('need', [
    { nameEn: 'Sleeping bag', category: 'shelter', quantity: 12 },
    { nameEn: 'Gas canister', category: 'fuel', quantity: 6 },
  ]);
  const [bags, gas] = fixture.items as [(typeof fixture.items)[0], (typeof fixture.items)[0]];
  const token = await apiLogin(DEMO_EMAILS.coordinator, DEMO_PASSWORD);
  const { need } = await apiCall<{ need: Need }>('POST', '/api/supplies/needs', {
    token,
    body: {
      partner: `E2E shelter ${fixture.suffix}`,
      neededBy: '2026-12-15',
      lines: [{ itemId: bags.id, quantity: 20 }],
    },
  });

  await withPage(
    'supplies-edit-need',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto(`/supplies/needs#need-${need.id}`);
      await page.locator(`#need-${need.id} [data-testid=edit-need]`).click();
      await page.waitForURL(`**/supplies/needs/${need.id}/edit`);
      await expect(page.locator('#need-partner').inputValue()).resolves.toBe(`E2E shelter ${fixture.suffix}`);
      await page.locator('#need-partner').fill(`E2E night shelter ${fixture.suffix}`);
      await page.locator('#need-neededBy').fill('2026-12-12');
      await page.locator('#need-lines-0-quantity').fill('25');
      await page.locator('#need-item-search').fill(`Gas canister ${fixture.suffix}`);
      await page.locator(`[data-testid=item-result][data-code="${gas.code}"]`).click();
      await page.locator('#need-lines-1-quantity').fill('4');
      await page.locator('[data-testid=need-submit]').click();
      await page.waitForURL((url) => url.pathname === '/supplies/needs' && url.hash === `#need-${need.id}`);
      const card = page.locator(`#need-${need.id}`);
      await card.waitFor();
      await expect(card.locator('h2').first().textContent()).resolves.toBe(
        `E2E night shelter ${fixture.suffix}`,
      );
      await expect(
        card.locator(`[data-testid=need-line][data-code="${gas.code}"]`).textContent(),
      ).resolves.toContain('4');
      await screenshot(page, 'supplies-edit-need');
    },
    { locale: 'en' },
  );

  const { need: after } = await apiCall<{ need: Need }>('GET', `/api/supplies/needs/${need.id}`, { token });
  expect(after).toMatchObject({
    partner: `E2E night shelter ${fixture.suffix}`,
    neededBy: '2026-12-12',
    version: need.version + 1,
  });
  expect(Object.fromEntries(after.lines.map((line) => [line.item.code, line.quantity]))).toEqual({
    [bags.code]: 25,
    [gas.code]: 4,
  });
  await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
});
