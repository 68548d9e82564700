import ar from '../messages/core/ar.json';
import fr from '../messages/core/fr.json';
import { closeBrowser, login, navIds, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

test('French: the login page and the navigation are in French', async () => {
  await withPage(
    'i18n-fr',
    async (page) => {
      await page.goto('/login');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
      await expect(page.locator('h1').textContent()).resolves.toBe(fr.login.title);
      await expect(page.locator('label[for=email]').textContent()).resolves.toBe(fr.login.email);
      await expect(page.locator('label[for=password]').textContent()).resolves.toBe(fr.login.password);

      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      expect(await navIds(page)).toContain('home');
      await expect(page.locator('[data-nav-id=home]').textContent()).resolves.toBe(fr.nav.home);
      await expect(page.locator('[data-nav-id=supplies]').textContent()).resolves.toBe(fr.nav.supplies);
    },
    { locale: 'fr' },
  );
});

test('Arabic: the page is right-to-left', async () => {
  await withPage(
    'i18n-ar',
    async (page) => {
      await page.goto('/login');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      await expect(page.locator('h1').textContent()).resolves.toBe(ar.login.title);
    },
    { locale: 'ar' },
  );
});

test('the language switcher on the login page changes the language', async () => {
  await withPage('i18n-switch', async (page) => {
    await page.goto('/login');
    await page.locator('[data-testid=language-select]').selectOption('fa');
    await page.locator('[data-testid=language-submit]').click();
    await page.waitForFunction(() => document.documentElement.getAttribute('lang') === 'fa');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  });
});
