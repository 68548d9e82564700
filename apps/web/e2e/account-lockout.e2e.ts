import { closeBrowser, submitLogin, withPage } from './support/browser';
import { createActiveUser } from './support/api';

afterAll(closeBrowser);

test('five wrong passwords lock the account and the login page says so', async () => {
  // A dedicated account: locking a demo account would break the other tests.
  const user = await createActiveUser('volunteer', 'lockout');
  await withPage('account-lockout', async (page) => {
    await page.goto('/login');
    const error = page.locator('[data-testid=login-error]');
    const codes: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitLogin(page, user.email, `wrong-password-${attempt}`);
      await page.locator(`[data-error-code]`).waitFor();
      codes.push((await page.locator('[data-error-code]').getAttribute('data-error-code')) ?? '');
      // Wait for the button to be usable again before the next attempt.
      await page.locator('[data-testid=login-form] button[type=submit]:not([disabled])').waitFor();
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));

    // Even the right password is refused now, with the lock explained.
    await submitLogin(page, user.email, user.password);
    await page.locator('[data-error-code=ACCOUNT_LOCKED]').waitFor();
    await expect(error.textContent()).resolves.toMatch(/locked/i);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
