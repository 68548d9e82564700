import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';

/** A small photo made in the test (no fixture file): a plain JPEG, as a phone camera would send. */
export async function makePhoto(): Promise<{ buffer: Buffer; sha256: string }> {
  const buffer = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#31586e' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  return { buffer, sha256: createHash('sha256').update(buffer).digest('hex') };
}

/** Opens a folded section of the incident form (acts, victims…) if it is not open yet. */
export async function openSection(page: Page, id: string): Promise<void> {
  const section = page.locator(`[data-testid=section-${id}]`);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
}

/** Picks an <option> by its visible label in a select of the incident form. */
export async function chooseOption(page: Page, selector: string, label: string): Promise<void> {
  await page.selectOption(selector, { label });
}

/** Clicks the save button and waits for the incident page it leads to. */
export async function saveIncident(page: Page): Promise<string> {
  await page.locator('[data-testid=save-incident]').click();
  await page.waitForURL(
    (url) => /^\/incidents\/[0-9a-f-]{36}$/.test(url.pathname) && url.searchParams.get('saved') === '1',
  );
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}
