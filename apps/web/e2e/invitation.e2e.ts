import { ROLE_PERMISSIONS } from '@vigil/contracts';
import { NAV_ENTRIES } from '../src/lib/nav';
import { closeBrowser, login, navIds, newContext, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD, uniqueEmail } from './support/env';

afterAll(closeBrowser);

test('an admin invites a volunteer, who sets a password and signs in', async () => {
  const email = uniqueEmail('invited');
  const password = 'a long enough passphrase';

  const link = await withPage('invitation-admin', async (page) => {
    await login(page, DEMO_EMAILS.admin, DEMO_PASSWORD);
    await page.goto('/admin/users');
    const form = page.locator('[data-testid=create-user-form]');
    // The API's validation error is shown next to its field, and the input is kept.
    await form.locator('#email').fill('not-an-address@x');
    await form.locator('#displayName').fill('Invited volunteer');
    await form.locator('button[type=submit]').click();
    await page.locator('#email-error').waitFor();
    await expect(form.locator('#displayName').inputValue()).resolves.toBe('Invited volunteer');

    await form.locator('#email').fill(email);
    await form.locator('#displayName').fill('Invited volunteer');
    await form.locator('#role').selectOption('volunteer');
    await form.locator('button[type=submit]').click();
    const linkField = page.locator('[data-testid=invite-link]');
    await linkField.waitFor();
    const value = await linkField.inputValue();
    await page.locator(`[data-testid=user-row][data-email="${email}"]`).waitFor();
    return value;
  });
  expect(link).toMatch(/\/invite\/[^/]+$/);

  // The invited person, on their own device.
  const context = await newContext();
  const page = await context.newPage();
  try {
    await page.goto(new URL(link).pathname);
    await page.locator('#password').fill(password);
    await page.locator('#confirm').fill(password);
    await page.locator('[data-testid=invite-form] button[type=submit]').click();
    await page.waitForURL(
      (url) => url.pathname === '/login' && url.searchParams.get('reason') === 'invite_accepted',
    );

    await login(page, email, password);
    expect(new URL(page.url()).pathname).toBe('/');
    const granted: readonly string[] = ROLE_PERMISSIONS.volunteer;
    const expected = NAV_ENTRIES.filter(
      (entry) => entry.permission === null || granted.includes(entry.permission),
    ).map((entry) => entry.id);
    expect((await navIds(page)).sort()).toEqual(expected.sort());
  } finally {
    await context.close();
  }
});
