import { Secret, TOTP } from 'otpauth';
import { closeBrowser, login, navIds, withPage } from './support/browser';
import { adminToken, apiCall, createActiveUser } from './support/api';

afterAll(closeBrowser);

/** Makes sure the instance requires 2FA for coordinators (the default), without removing other roles. */
async function requireMfaForCoordinators(): Promise<void> {
  const token = await adminToken();
  const settings = await apiCall<{ mfaRequiredRoles: string[] }>('GET', '/api/admin/settings', { token });
  if (!settings.mfaRequiredRoles.includes('coordinator')) {
    await apiCall('PATCH', '/api/admin/settings', {
      token,
      body: { mfaRequiredRoles: [...settings.mfaRequiredRoles, 'coordinator'] },
    });
  }
  await apiCall('POST', '/api/auth/logout', { token }).catch(() => undefined);
}

test('a coordinator without 2FA is sent to enrolment, enrols and reaches home', async () => {
  await requireMfaForCoordinators();
  const user = await createActiveUser('coordinator', 'enrol');
  await withPage('mfa-enrolment', async (page) => {
    await login(page, user.email, user.password);
    expect(new URL(page.url()).pathname).toBe('/account/two-factor/enrol');

    // Other pages are out of reach until enrolment is done.
    await page.goto('/account/sessions');
    await page.waitForURL((url) => url.pathname === '/account/two-factor/enrol');

    await page.locator('[data-testid=totp-start]').click();
    const secret = await page.locator('[data-testid=totp-secret]').getAttribute('data-secret');
    expect(secret).toBeTruthy();
    const code = new TOTP({
      secret: Secret.fromBase32(secret ?? ''),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    }).generate();
    await page.locator('#code').fill(code);
    await page.locator('[data-testid=totp-verify]').click();

    const codes = page.locator('[data-testid=recovery-codes] li');
    await codes.first().waitFor();
    expect(await codes.count()).toBeGreaterThanOrEqual(5);

    await page.locator('#codes-saved').check();
    await page.locator('[data-testid=recovery-continue]').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await navIds(page)).toContain('cases');
  });
});
