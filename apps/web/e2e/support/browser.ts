import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WEB_URL } from './env';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let browser: Browser | undefined;

/** One Chromium per test file; each test gets its own context (cookies, storage). */
export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export interface PageOptions {
  /** Sets the NEXT_LOCALE cookie before the first request. */
  locale?: string;
  viewport?: { width: number; height: number };
}

export async function newContext(options: PageOptions = {}): Promise<BrowserContext> {
  const instance = await launchBrowser();
  const context = await instance.newContext({
    baseURL: WEB_URL,
    locale: 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  if (options.locale) {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: options.locale, url: WEB_URL }]);
  }
  return context;
}

/**
 * Runs a test body on a fresh page in a fresh context. On failure a full-page screenshot goes to
 * test-artifacts/ (kept by CI) before the error is rethrown.
 */
export async function withPage<T>(
  name: string,
  body: (page: Page, context: BrowserContext) => Promise<T>,
  options: PageOptions = {},
): Promise<T> {
  const context = await newContext(options);
  const page = await context.newPage();
  try {
    return await body(page, context);
  } catch (error) {
    await screenshot(page, name);
    throw error;
  } finally {
    await context.close();
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${Date.now()}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
}

/** Fills the login form and submits it; does not wait for the outcome. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('[data-testid=login-form] button[type=submit]').click();
}

/** Signs in through the form and waits until the dashboard (or enrolment) has loaded. */
export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function navIds(page: Page): Promise<string[]> {
  const nav = page.locator('[data-testid=main-nav]');
  await nav.waitFor();
  return nav
    .locator('[data-nav-id]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-nav-id') ?? ''));
}

/** Opens the user menu and signs out; ends on the login page. */
export async function logout(page: Page): Promise<void> {
  await page.locator('[data-testid=user-menu] > summary').click();
  await page.locator('[data-testid=sign-out]').click();
  await page.waitForURL((url) => url.pathname === '/login');
}
