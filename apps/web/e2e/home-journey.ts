/** The morning journey of one role, shared by the home-*.e2e.ts files (not a test file itself). */
import { OVERVIEW_BLOCKS, OVERVIEW_LAYOUT, quickActionsFor, type Role } from '@vigil/contracts';
import ar from '../messages/home/ar.json';
import en from '../messages/home/en.json';
import fr from '../messages/home/fr.json';
import { login, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
/** Every block is translated into Arabic (and Persian); the journeys check Arabic for right to left. */
export const HOME_MESSAGES = { en: en.home, fr: fr.home, ar: ar.home } as const;

export type Viewport = keyof typeof VIEWPORTS;
export type HomeLocale = keyof typeof HOME_MESSAGES;

/** Each role × viewport × language, for test.each. */
export function journeys(roles: Role[]): [Role, Viewport, HomeLocale][] {
  return roles.flatMap((role) =>
    (['phone', 'desktop'] as const).flatMap((viewport) =>
      (['en', 'fr'] as const).map((locale): [Role, Viewport, HomeLocale] => [role, viewport, locale]),
    ),
  );
}

/**
 * Signs in, lands on the home page, sees exactly the role's blocks in its language with nothing
 * wider than the screen, saves a screenshot, then follows `next` (a selector on the home page) into
 * a module and checks where it arrived.
 */
export async function morningJourney(
  role: Role,
  viewport: Viewport,
  locale: HomeLocale,
  next: { selector: string; arrivesAt: RegExp },
): Promise<void> {
  const name = `home-${role}-${viewport}-${locale}`;
  await withPage(
    name,
    async (page) => {
      await login(page, DEMO_EMAILS[role], DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/');
      await page.locator('[data-testid=home-blocks]').waitFor();

      const messages = HOME_MESSAGES[locale];
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(locale === 'ar' ? 'rtl' : 'ltr');
      await expect(page.locator('h1').textContent()).resolves.toContain(messages.welcome.split('{name}')[0]);
      await expect(page.locator('[data-testid=role-summary] summary').textContent()).resolves.toBe(
        messages.canDo,
      );

      const mine = OVERVIEW_LAYOUT[role];
      for (const block of mine) await page.locator(`[data-testid=home-${block}]`).waitFor();
      for (const block of OVERVIEW_BLOCKS.filter((b) => !mine.includes(b))) {
        await expect(page.locator(`[data-testid=home-${block}]`).count()).resolves.toBe(0);
      }
      await expect(page.locator('[data-testid=home-unavailable]').count()).resolves.toBe(0);
      for (const action of quickActionsFor(role)) {
        await expect(page.locator(`[data-testid=quick-${action}]`).textContent()).resolves.toBe(
          messages.quick[action],
        );
      }

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, name);

      await page.locator(next.selector).first().click();
      await page.waitForURL((url) => next.arrivesAt.test(`${url.pathname}${url.search}`));
      await page.locator('h1').waitFor();
    },
    { locale, viewport: VIEWPORTS[viewport] },
  );
}
