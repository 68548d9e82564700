import type { Page } from 'playwright-core';
import { apiCall, apiLogin, ApiCallError } from './support/api';
import { closeBrowser, login, navIds, screenshot, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { makePhoto, openSection } from './support/incidents';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

interface EvictionView {
  id: string;
  reference: string;
  status: string;
  legalBasis: string;
  peopleAffected: number | null;
  minorsAffected: number | null;
  notes: string | null;
  site: { id: string; name: string };
  author: { id: string };
  forces: { unit: string | null; officerCount: number | null }[];
  log: { id: string; text: string; correctsId: string | null }[];
  incidentIds: string[];
  version: number;
}

/** Shared by the tests below, which run in order: the observer's record, then its review. */
let recorded: { id: string; marker: string } | null = null;

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid=save-status]')?.getAttribute('data-status') === expected,
    status,
    { timeout: 30_000 },
  );
}

async function evictionsWithMarker(token: string, siteId: string, marker: string): Promise<EvictionView[]> {
  const { evictions } = await apiCall<{ evictions: { id: string }[] }>(
    'GET',
    `/api/evictions?mine=true&siteId=${siteId}&limit=200`,
    { token },
  );
  const details = await Promise.all(
    evictions.map((e) =>
      apiCall<{ eviction: EvictionView }>('GET', `/api/evictions/${e.id}`, { token }).then((r) => r.eviction),
    ),
  );
  return details.filter((e) => e.notes?.includes(marker));
}

test('an observer on a phone records an eviction, loses the connection, recovers, and submits it once', async () => {
  const marker = `e2e-eviction-${Date.now()}`;
  const token = await apiLogin(DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
  await withPage(
    'eviction-observer',
    async (page, context) => {
      await login(page, DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
      await page.goto('/evictions');
      await page.locator('a[href="/evictions/new"]').first().click();
      await page.waitForURL('**/evictions/new');

      // At dawn: the site (the start time is already now); the record is created on the server.
      await expect(page.locator('#eviction-startAt').inputValue()).resolves.toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
      );
      await page.selectOption('#eviction-siteId', { label: 'Hospital site (Calais)' });
      await waitForStatus(page, 'server');
      await page.waitForURL(/\/evictions\/[0-9a-f-]{36}\/edit$/);
      const id = new URL(page.url()).pathname.split('/')[2] ?? '';
      const siteId = await page.locator('#eviction-siteId').inputValue();

      // Nothing is wider than the phone, and every choice is a big target.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const yes = await page.locator('label[for="eviction-announced-yes"]').boundingBox();
      expect(yes?.height ?? 0).toBeGreaterThanOrEqual(44);

      // Before the outage: forces and notes, each saved as typed.
      await page.locator('label[for="eviction-announced-no"]').click();
      await openSection(page, 'forces');
      await page.locator('[data-testid=add-forces]').click();
      await page.selectOption('#eviction-forces-0-forceId', { label: 'CRS (riot police)' });
      await page.locator('#eviction-forces-0-unit').fill('CRS 8');
      await page.locator('#eviction-forces-0-officerCount').fill('24');
      await openSection(page, 'notes');
      await page.locator('#eviction-notes').fill(`Vans at the access road at 06:10. ${marker}`);
      await page.locator('#eviction-notes').blur();
      await waitForStatus(page, 'server');

      // The observation log, minute by minute.
      await page.locator('#log-text').fill('Six CRS vans block the access road.');
      await page.locator('[data-testid=log-submit]').click();
      await page.locator('[data-testid=log-entry]').first().waitFor();

      // Violence during the eviction: an incident linked to it, and back without losing anything.
      await page.locator('[data-testid=record-incident]').click();
      await page.waitForURL(
        (url) => url.pathname === '/incidents/new' && url.searchParams.get('evictionId') === id,
      );
      await page.locator('[data-testid=during-eviction]').waitFor();
      await expect(page.locator('#incident-siteId').inputValue()).resolves.toBe(siteId);
      await page.locator('#incident-title').fill(`Pepper spray during the eviction ${marker}`);
      await page.locator('[data-testid=save-incident]').click();
      await page.waitForURL((url) => /^\/incidents\/[0-9a-f-]{36}$/.test(url.pathname));
      await page.locator(`a[href="/evictions/${id}"]`).first().click();
      await page.waitForURL(`**/evictions/${id}`);
      await page.locator('[data-testid=linked-incident]').first().waitFor();
      await page.locator(`a[href="/evictions/${id}/edit"]`).first().click();
      await page.waitForURL(`**/evictions/${id}/edit`);
      await expect(page.locator('#eviction-forces-0-unit').inputValue()).resolves.toBe('CRS 8');

      // The connection drops: what is typed now stays on this device, encrypted, and says so.
      await context.setOffline(true);
      await openSection(page, 'people');
      await page.locator('#eviction-peopleAffected').fill('45');
      await page.locator('#eviction-minorsAffected').fill('6');
      await openSection(page, 'legal');
      await page.locator('label[for="eviction-legalBasis-none_shown"]').click();
      await waitForStatus(page, 'device');
      await expect(page.locator('[data-testid=save-status]').textContent()).resolves.toContain(
        'Saved on this device only',
      );
      const stored = await page.evaluate((key) => localStorage.getItem(key), `vigil.evictionDraft.id.${id}`);
      expect(stored).toBeTruthy();
      expect(stored).not.toContain('CRS 8');
      expect(stored).not.toContain(marker);
      // Submitting while offline is queued, not lost.
      await page.locator('[data-testid=submit-eviction]').click();
      await page.locator('[data-testid=submit-queued]').waitFor();
      await screenshot(page, 'eviction-observer-offline');

      // The server has what was sent before the outage, nothing after it.
      const [during] = await evictionsWithMarker(token, siteId, marker);
      expect(during?.status).toBe('draft');
      expect(during?.peopleAffected).toBeNull();

      // Back online: the draft goes, then the submission, once.
      await context.setOffline(false);
      await page.waitForURL(
        (url) => url.pathname === `/evictions/${id}` && url.searchParams.get('submitted') === '1',
        {
          timeout: 45_000,
        },
      );
      await page.locator('[data-testid=submitted]').waitFor();
      await screenshot(page, 'eviction-observer-submitted');
      const left = await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('vigil.evictionDraft.')),
      );
      expect(left).toEqual([]);

      const matching = await evictionsWithMarker(token, siteId, marker);
      expect(matching).toHaveLength(1);
      const [eviction] = matching;
      expect(eviction?.id).toBe(id);
      expect(eviction?.status).toBe('submitted');
      expect(eviction?.forces[0]?.unit).toBe('CRS 8');
      expect(eviction?.forces[0]?.officerCount).toBe(24);
      expect(eviction?.peopleAffected).toBe(45);
      expect(eviction?.minorsAffected).toBe(6);
      expect(eviction?.legalBasis).toBe('none_shown');
      expect(eviction?.incidentIds).toHaveLength(1);

      // Submitted: read-only to its author, who corrects through the log, never in place.
      await expect(page.locator(`a[href="/evictions/${id}/edit"]`).count()).resolves.toBe(0);
      const first = page.locator('[data-testid=log-entry]').first();
      await first.getByRole('button').click();
      await page.locator('#log-text').fill('Correction: eight vans, not six.');
      await page.locator('[data-testid=log-submit]').click();
      await page.locator('[data-testid=log-correction]').waitFor();
      await expect(first.textContent()).resolves.toContain('Six CRS vans');
      const { eviction: after } = await apiCall<{ eviction: EvictionView }>('GET', `/api/evictions/${id}`, {
        token,
      });
      const original = after.log.find((entry) => entry.text.startsWith('Six CRS vans'));
      expect(after.log.find((entry) => entry.correctsId === original?.id)?.text).toContain('eight vans');
      // A photo of the police line, in the same evidence store as incidents (hashed, stripped copy).
      const photo = await makePhoto();
      await page
        .locator('#upload-file')
        .setInputFiles({ name: 'vans.jpg', mimeType: 'image/jpeg', buffer: photo.buffer });
      await page.locator('[data-testid=upload-submit]').click();
      await page.locator('[data-testid=upload-done]').waitFor();
      const file = page.locator('[data-testid=file][data-name="vans.jpg"]');
      await file.waitFor();
      await expect(file.locator('[data-testid=file-sha256]').textContent()).resolves.toBe(photo.sha256);
      recorded = { id, marker };
    },
    { viewport: PHONE },
  );
});

test('a coordinator reviews the observer’s record, and cannot review their own', async () => {
  expect(recorded).not.toBeNull();
  const id = recorded?.id ?? '';
  await withPage(
    'eviction-review',
    async (page) => {
      await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      await page.goto(`/evictions/${id}`);
      await page.locator('[data-testid=review-eviction]').click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=eviction-badges]')?.textContent?.includes('Reviewed'),
      );
      await expect(page.locator('[data-testid=eviction-review-form]').count()).resolves.toBe(0);
      await screenshot(page, 'eviction-reviewed');

      // Their own record: no review form, a note saying why, and the API refuses too.
      const token = await apiLogin(DEMO_EMAILS.coordinator, DEMO_PASSWORD);
      const { sites } = await apiCall<{ sites: { id: string; name: string }[] }>('GET', '/api/sites', {
        token,
      });
      const site = sites.find((s) => s.name === 'BMX track');
      const { eviction: own } = await apiCall<{ eviction: EvictionView }>('POST', '/api/evictions', {
        token,
        body: {
          siteId: site?.id,
          startAt: new Date(Date.now() - 3_600_000).toISOString(),
          legalBasis: 'order_shown',
        },
      });
      await apiCall('POST', `/api/evictions/${own.id}/submit`, { token });
      await page.goto(`/evictions/${own.id}`);
      await page.locator('[data-testid=own-record]').waitFor();
      await expect(page.locator('[data-testid=eviction-review-form]').count()).resolves.toBe(0);
      const refused = await apiCall('POST', `/api/evictions/${own.id}/review`, {
        token,
        body: { version: own.version + 1 },
      }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ApiCallError);
      expect((refused as ApiCallError).status).toBe(403);

      // A coordinator reads the squat's exact address (the read is audited by the API).
      await page.goto('/sites?q=Verroti%C3%A8res');
      await page.locator('[data-testid=site-row] a').first().click();
      await expect(page.locator('[data-testid=site-address]').textContent()).resolves.toBe(
        '12 rue des Verrotières',
      );
      await page.locator('[data-testid=site-evictions]').waitFor();
      // A dated, attributed status change and a headcount, added to the history, never rewriting it.
      const changes = await page.locator('[data-testid=status-change]').count();
      await page.selectOption('#status-new', { label: 'Raided' });
      await page.locator('#status-note').fill('Dawn raid, doors forced');
      await page.locator('[data-testid=status-form-submit]').click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=status-change]').length === n + 1,
        changes,
      );
      await expect(page.locator('[data-testid=status-change]').first().textContent()).resolves.toContain(
        'Dawn raid, doors forced',
      );
      await page.locator('#population-people').fill('28');
      await page.locator('#population-minors').fill('3');
      await page.locator('[data-testid=population-form-submit]').click();
      await page.locator('[data-testid=population-form] [role=status]').waitFor();
      await screenshot(page, 'eviction-coordinator-site');
    },
    { locale: 'en' },
  );
});

test('a volunteer sees a site’s commune but not its address, and no evictions', async () => {
  await withPage('eviction-volunteer', async (page) => {
    await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
    const nav = await navIds(page);
    expect(nav).toContain('sites');
    expect(nav).not.toContain('evictions');
    await page.locator('[data-nav-id=sites]').click();
    await page.waitForURL('**/sites');
    await expect(page.locator('[data-testid=site-last-eviction]').count()).resolves.toBe(0);
    const row = page.locator('[data-testid=site-row][data-name="Rue des Verrotières squat"]');
    await expect(row.textContent()).resolves.toContain('Calais');
    await row.locator('a').click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
    await expect(page.locator('[data-testid=site-commune]').textContent()).resolves.toBe('Calais');
    await expect(page.locator('[data-testid=site-place] [data-testid=restricted]').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid=site-address]').count()).resolves.toBe(0);
    await expect(page.locator('body').textContent()).resolves.not.toContain('rue des Verrotières');
    await expect(page.locator('[data-testid=site-evictions]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid=status-form]').count()).resolves.toBe(0);
    await screenshot(page, 'eviction-volunteer-site');
    for (const path of ['/evictions', '/evictions/new', '/evictions/patterns']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await page.locator('[data-testid=forbidden]').waitFor();
    }
  });
});
