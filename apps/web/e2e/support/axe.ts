import { join } from 'node:path';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { WEB_URL } from './env';

const AXE_SCRIPT = join(process.cwd(), 'node_modules/axe-core/axe.min.js');

/** What fails the check: the two highest of axe's four impact levels. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

declare global {
  interface Window {
    axe: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}

/**
 * A context that lets the axe script in: the dashboard's Content-Security-Policy refuses any script
 * without the page's nonce, which is the point of it, so only this test context bypasses it.
 */
export async function axeContext(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    baseURL: WEB_URL,
    bypassCSP: true,
    locale: 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * Runs axe's default rules (WCAG 2.0/2.1/2.2 A and AA plus best practices) on the page as it is now
 * and describes each serious or critical violation with the elements it found.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const path = new URL(page.url()).pathname;
  return results.violations
    .filter((violation) => violation.impact && BLOCKING.includes(violation.impact))
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
        )
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `${path} [${violation.impact}] ${violation.id}: ${violation.help}\n${nodes}${more}`;
    });
}
