import { openCase, userIds } from './casework-fixtures';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

test('a lawyer sees the cases where they are the lawyer, and no other', async () => {
  const lawyer = (await userIds([DEMO_EMAILS.lawyer]))[DEMO_EMAILS.lawyer]!;
  const theirs = await openCase({ label: 'lawyer-theirs', lawyerId: lawyer });
  const other = await openCase({ label: 'lawyer-other' });

  await withPage('casework-lawyer', async (page) => {
    await login(page, DEMO_EMAILS.lawyer, DEMO_PASSWORD);
    await page.goto('/cases');
    // Lawyers have no "all cases" tab.
    await page.locator('[data-testid=case-filters]').waitFor();
    expect(await page.locator('[data-testid=scope-all]').count()).toBe(0);
    const rows = await page
      .locator('[data-testid=case-row]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-reference')));
    expect(rows).not.toContain(other.reference);

    await page.goto(`/cases?q=${encodeURIComponent(theirs.reference)}`);
    await page.locator(`[data-testid=case-row][data-reference="${theirs.reference}"]`).waitFor();
    await page.goto(`/cases?q=${encodeURIComponent(other.reference)}`);
    await page.locator('[data-testid=no-cases]').waitFor();

    expect((await page.goto(`/cases/${theirs.id}`))?.status()).toBe(200);
    await page.locator('[data-testid=case-lawyer]').waitFor();
    expect((await page.goto(`/cases/${other.id}`))?.status()).toBe(404);
  });
});
