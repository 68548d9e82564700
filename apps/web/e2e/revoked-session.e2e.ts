import { closeBrowser, login, withPage } from './support/browser';
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
