import type { Page } from 'playwright-core';
import { closeBrowser, login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD, WEB_URL } from './support/env';

afterAll(closeBrowser);

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('the web app manifest names the app, its colours and its icons, all served', async () => {
  const response = await fetch(`${WEB_URL}/manifest.webmanifest`);
  expect(response.status).toBe(200);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: 'Vigil',
    short_name: 'Vigil',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1f4e8c',
    background_color: '#f6f7f9',
  });
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.type} ${icon.purpose ?? 'any'}`);
  expect(sizes).toEqual(
    expect.arrayContaining([
      'any image/svg+xml any',
      '192x192 image/png any',
      '512x512 image/png any',
      '512x512 image/png maskable',
    ]),
  );
  for (const icon of manifest.icons) {
    const file = await fetch(`${WEB_URL}${icon.src}`);
    expect([icon.src, file.status, file.headers.get('content-type')]).toEqual([icon.src, 200, icon.type]);
  }
});

async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('offline, any page shows the offline page; no page with data is kept for offline reading', async () => {
  await withPage(
    'pwa-offline',
    async (page, context) => {
      await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
      await expect(page.locator('link[rel=manifest]').getAttribute('href')).resolves.toBe(
        '/manifest.webmanifest',
      );
      // The worker installs on the first signed-in page and controls the pages opened after that.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(async () => Boolean(await caches.match('/offline')));
      // A data page read online: the stock at the collective's locations.
      await page.goto('/supplies');
      await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
      const heading = (await page.locator('h1').first().textContent()) ?? '';
      expect(heading).not.toBe('');

      const paths = await cachedPaths(page);
      expect(paths).toContain('/offline');
      const unexpected = paths.filter(
        (path) => path !== '/offline' && !path.startsWith('/_next/static/') && !path.startsWith('/icons/'),
      );
      expect(unexpected).toEqual([]);

      await context.setOffline(true);
      try {
        // The page read a moment ago is not there: the offline page is, in its place.
        await page.goto('/supplies');
        await page.locator('[data-testid=offline-page]').waitFor();
        await expect(page.locator('h1').first().textContent()).resolves.toBe('The connection is gone');
        await expect(page.locator('[data-testid=offline-drafts]').textContent()).resolves.toMatch(
          /safe on this device/,
        );
        await expect(page.locator('main').textContent()).resolves.not.toContain(heading);
        await screenshot(page, 'pwa-offline');
        // A page never visited: the same.
        await page.goto('/incidents');
        await page.locator('[data-testid=offline-page]').waitFor();
      } finally {
        await context.setOffline(false);
      }
      // Back online, the same address is the real page again.
      await page.goto('/supplies');
      await expect(page.locator('h1').first().textContent()).resolves.toBe(heading);
      expect(await page.locator('[data-testid=offline-page]').count()).toBe(0);
    },
    { viewport: { width: 390, height: 844 } },
  );
});
