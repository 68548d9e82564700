import type { Locator, Page } from 'playwright-core';

/**
 * Clicks "generate" in the dossier builder and waits until the new dossier (put first in "my
 * dossiers"; earlier ones may be listed below it) is ready. Returns its entry in the list.
 */
export async function generateDossier(page: Page): Promise<Locator> {
  const dossiers = page.locator('[data-testid=dossier]');
  const before = await dossiers.count();
  await page.locator('[data-testid=generate-dossier]').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=dossier]').length > n, before);
  await page.waitForFunction(
    () => document.querySelector('[data-testid=dossier]')?.getAttribute('data-status') === 'ready',
    undefined,
    { timeout: 90_000 },
  );
  return dossiers.first();
}
