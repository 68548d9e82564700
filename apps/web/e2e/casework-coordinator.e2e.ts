import { openCase, userIds } from './casework-fixtures';
import { createActiveUser } from './support/api';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

/**
 * A departing caseworker (an account of this test, so that no other test's cases move) hands over to
 * Lou. Lou holds a case of this test too, so that the workload view lists them whatever the demo data.
 */
test('a coordinator hands a departing caseworker’s cases over to Lou, who then finds them in "My cases"', async () => {
  const departing = await createActiveUser('caseworker', 'departing');
  const lou = (await userIds([DEMO_EMAILS.caseworker2]))[DEMO_EMAILS.caseworker2]!;
  const handed = await openCase({ label: 'handover', assigneeIds: [departing.id] });
  await openCase({ label: 'lou', assigneeIds: [lou] });

  await withPage('casework-coordinator', async (page) => {
    await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
    await page.goto('/cases/workload');
    // Both hold cases, so both are listed.
    await page.locator(`#handover-from option[value="${departing.id}"]`).waitFor({ state: 'attached' });
    await page.locator('#handover-from').selectOption(departing.id);
    await page.locator('#handover-to').selectOption(lou);
    await page.locator('#handover-reason').fill('Leaving the collective');
    await page.locator('[data-testid=handover-start]').click();
    await page.locator('[data-testid=handover-confirm]').click();
    await page.locator('[data-testid=handover-done]').waitFor();

    // The coordinator sees the new caseworker on the case.
    await page.goto(`/cases/${handed.id}`);
    expect(await page.locator('[data-testid=case-assignees]').innerText()).toContain('Lou');
  });

  await withPage('casework-coordinator-lou', async (page) => {
    await login(page, DEMO_EMAILS.caseworker2, DEMO_PASSWORD);
    await page.goto(`/cases?q=${encodeURIComponent(handed.reference)}`);
    await page.locator(`[data-testid=case-row][data-reference="${handed.reference}"]`).waitFor();
    const response = await page.goto(`/cases/${handed.id}`);
    expect(response?.status()).toBe(200);
  });
});
