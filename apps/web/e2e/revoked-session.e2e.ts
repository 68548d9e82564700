import { closeBrowser, login, newContext, withPage } from './support/browser';
import { apiCall, apiLogin, createActiveUser } from './support/api';

afterAll(closeBrowser);

test('a session revoked elsewhere is thrown out on its next request', async () => {
  const user = await createActiveUser('volunteer', 'revoked');
  await withPage('revoked-session', async (page) => {
    await login(page, user.email, user.password);
    await page.locator('[data-testid=main-nav]').waitFor();

    // "Sign out everywhere" from another device, straight through the API.
    const token = await apiLogin(user.email, user.password);
    const result = await apiCall<{ revoked: number }>('POST', '/api/account/sessions/revoke-all', { token });
    expect(result.revoked).toBeGreaterThanOrEqual(2);

    await page.reload();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('reason')).toBe('expired');
    const notice = page.locator('[data-testid=login-reason]');
    await expect(notice.textContent()).resolves.toMatch(/session has ended/i);

    // The stale cookie is gone: the home page does not let us back in.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
  });
});

test('"sign out everywhere" on the sessions page ends every session, this one included', async () => {
  const user = await createActiveUser('volunteer', 'everywhere');
  const other = await newContext();
  const otherPage = await other.newPage();
  try {
    await login(otherPage, user.email, user.password);
    await withPage('sign-out-everywhere', async (page) => {
      await login(page, user.email, user.password);
      await page.goto('/account/sessions');
      expect(await page.locator('[data-testid=session-row]').count()).toBeGreaterThanOrEqual(2);
      await page.locator('[data-testid=session-row][data-current=true]').waitFor();

      await page.locator('[data-testid=sign-out-everywhere]').click();
      await page.locator('dialog[open] button[type=submit]').click();
      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).searchParams.get('reason')).toBe('signed_out_everywhere');
    });
    await otherPage.reload();
    await otherPage.waitForURL((url) => url.pathname === '/login');
  } finally {
    await other.close();
  }
});
