import { openCase, PHONE, userIds } from './casework-fixtures';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

/** Tomorrow at 09:30, as a datetime-local input takes it. */
function tomorrowMorning(): string {
  const date = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:30`;
}

test('a caseworker on a phone opens their case, adds a deadline and a note; a caseworker not assigned gets not found', async () => {
  const ids = await userIds([DEMO_EMAILS.caseworker]);
  const created = await openCase({ label: 'caseworker', assigneeIds: [ids[DEMO_EMAILS.caseworker]!] });
  const deadline = `CNDA appeal ${created.reference}`;
  const note = `Called the person back, they will come on Thursday (${created.reference}).`;

  await withPage(
    'casework-caseworker',
    async (page) => {
      await login(page, DEMO_EMAILS.caseworker, DEMO_PASSWORD);
      await page.goto(`/cases?q=${encodeURIComponent(created.reference)}`);
      const row = page.locator(`[data-testid=case-row][data-reference="${created.reference}"]`);
      await row.waitFor();
      expect(await row.locator('[data-testid=case-alias]').innerText()).toBe(created.alias);
      await row.locator('a').first().click();
      await page.waitForURL(`**/cases/${created.id}`);
      expect(await page.locator('[data-testid=case-person]').innerText()).toContain(created.alias);
      await page.locator('[data-testid=not-advice]').waitFor();

      await page.locator('#deadline-kind').selectOption('appeal');
      await page.locator('#deadline-dueAt').fill(tomorrowMorning());
      await page.locator('#deadline-title').fill(deadline);
      await page.locator('[data-testid=deadline-form-submit]').click();
      const added = page.locator('[data-testid=deadline]', { hasText: deadline });
      await added.waitFor();
      expect(await added.getAttribute('data-state')).toBe('soon');

      await page.locator('#note-body').fill(note);
      await page.locator('[data-testid=note-form-submit]').click();
      await page.locator('[data-testid=note-body]', { hasText: note }).waitFor();

      // Both are stored, not just shown: a fresh load has them.
      await page.reload();
      await page.locator('[data-testid=deadline]', { hasText: deadline }).waitFor();
      await page.locator('[data-testid=note-body]', { hasText: note }).waitFor();
    },
    { viewport: PHONE },
  );

  await withPage(
    'casework-caseworker-not-assigned',
    async (page) => {
      await login(page, DEMO_EMAILS.caseworker2, DEMO_PASSWORD);
      const response = await page.goto(`/cases/${created.id}`);
      expect(response?.status()).toBe(404);
      expect(await page.content()).not.toContain(created.alias);
      await page.goto(`/cases?q=${encodeURIComponent(created.reference)}`);
      await page.locator('[data-testid=no-cases]').waitFor();
    },
    { viewport: PHONE },
  );
});
