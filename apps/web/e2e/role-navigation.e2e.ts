import { ROLE_PERMISSIONS, ROLES, type Role } from '@vigil/contracts';
import { NAV_ENTRIES } from '../src/lib/nav';
import { closeBrowser, login, logout, navIds, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

/** What the permission table says a role should see, independent of the dashboard's own filter. */
function expectedNav(role: Role): string[] {
  const granted: readonly string[] = ROLE_PERMISSIONS[role];
  return NAV_ENTRIES.filter((entry) => entry.permission === null || granted.includes(entry.permission)).map(
    (entry) => entry.id,
  );
}

afterAll(closeBrowser);

describe('navigation per role', () => {
  test.each(ROLES.map((role) => [role]))(
    '%s sees exactly its navigation, is refused elsewhere, signs out',
    async (role) => {
      await withPage(`nav-${role}`, async (page) => {
        await login(page, DEMO_EMAILS[role], DEMO_PASSWORD);
        expect(new URL(page.url()).pathname).toBe('/');

        const seen = await navIds(page);
        expect([...seen].sort()).toEqual(expectedNav(role).sort());

        // A hidden entry is refused by the server too: a 403 page, not a crash.
        const hidden = NAV_ENTRIES.find(
          (entry) => entry.permission !== null && !ROLE_PERMISSIONS[role].includes(entry.permission),
        );
        if (hidden) {
          const response = await page.goto(hidden.href);
          expect(response?.status()).toBe(403);
          // waitFor, not isVisible: React may still be swapping in the 403 boundary while hydrating.
          await page.locator('[data-testid=forbidden]').waitFor({ state: 'visible' });
        }

        await page.goto('/');
        await logout(page);
        expect(page.url()).toContain('reason=signed_out');
        // Signed out for real: the dashboard sends us back to the login page.
        await page.goto('/');
        await page.waitForURL((url) => url.pathname === '/login');
      });
    },
  );
});
