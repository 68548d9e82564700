import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';
import { chooseOption, makePhoto, openSection, saveIncident } from './support/incidents';

afterAll(closeBrowser);

const PHONE = { width: 375, height: 812 };

test('a legal observer on a phone saves a minimal draft, completes it and attaches a photo', async () => {
  const photo = await makePhoto();
  await withPage(
    'incident-observer',
    async (page) => {
      await login(page, DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
      await page.goto('/incidents');
      await page.locator('a[href="/incidents/new"]').click();
      await page.waitForURL('**/incidents/new');

      // At dawn: a title, the time (already now), the source and the place, then save.
      const title = `Dawn eviction under the bridge ${Date.now()}`;
      await page.locator('#incident-title').fill(title);
      await expect(page.locator('#incident-startAt').inputValue()).resolves.toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
      );
      await chooseOption(page, '#incident-sourceType', 'First-hand observation');
      await page.locator('#incident-placeText').fill('Under the bridge, rue des Garennes');
      await page.locator('#incident-commune').fill('Calais');
      // Nothing on the page is wider than the phone: no sideways scrolling to reach a field.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const id = await saveIncident(page);
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      await expect(page.locator('[data-testid=incident-facts]').textContent()).resolves.toContain('Calais');

      // Later: complete it with a victim, a perpetrator and an act.
      await page.locator(`a[href="/incidents/${id}/edit"]`).click();
      await page.waitForURL(`**/incidents/${id}/edit`);
      await openSection(page, 'victims');
      await page.locator('[data-testid=add-victims]').click();
      await page.locator('#incident-victims-0-alias').fill('About 30 people under the bridge');
      await page.locator('#incident-victims-0-isGroup').check();
      await page.locator('#incident-victims-0-count').fill('30');
      await page.locator('#incident-victims-0-minor').check();
      await openSection(page, 'perpetrators');
      await page.locator('[data-testid=add-perpetrators]').click();
      // Forgotten force: the API refuses, the error shows beside the field, nothing typed is lost.
      await page.locator('#incident-perpetrators-0-unit').fill('CRS 8');
      await openSection(page, 'acts');
      await page.locator('[data-testid=add-acts]').click();
      await chooseOption(page, '#incident-acts-0-actTypeId', 'Sprayed in the face');
      await page
        .locator('#incident-acts-0-description')
        .fill('Pepper spray sprayed at faces from one metre.');
      await page.locator('#incident-acts-0-quotes').fill('Dégagez !');
      await page.locator('[data-testid=save-incident]').click();
      await page.locator('#incident-perpetrators-0-forceId-error').waitFor();
      await expect(page.locator('#incident-victims-0-alias').inputValue()).resolves.toBe(
        'About 30 people under the bridge',
      );
      await expect(page.locator('#incident-perpetrators-0-unit').inputValue()).resolves.toBe('CRS 8');

      await chooseOption(page, '#incident-perpetrators-0-forceId', 'CRS (riot police)');
      await chooseOption(page, '#incident-perpetrators-0-rioShown', 'Not shown');
      // The act was added before the perpetrator: link them now.
      await page
        .locator('[data-testid=act-row] input[type=checkbox][id^="incident-acts-0-perpetratorKeys"]')
        .check();
      await chooseOption(page, '#incident-status', 'Complete (submitted)');
      await saveIncident(page);
      await expect(page.locator('[data-testid=act]').textContent()).resolves.toContain('Sprayed in the face');
      await expect(page.locator('[data-testid=act]').textContent()).resolves.toContain('CRS 8');
      await expect(page.locator('[data-testid=victim]').textContent()).resolves.toContain('About 30 people');
      await expect(page.locator('[data-testid=perpetrator]').textContent()).resolves.toContain('Not shown');
      // An observer may not see exact coordinates: marked restricted, not left blank.
      await expect(
        page.locator('[data-testid=incident-facts] [data-testid=restricted]').count(),
      ).resolves.toBe(1);

      // The photo, with a progress bar, then listed with its SHA-256.
      await page
        .locator('#upload-file')
        .setInputFiles({ name: 'crs-line.jpg', mimeType: 'image/jpeg', buffer: photo.buffer });
      await page.locator('#upload-acquired-from').fill('Observer team B');
      await page.locator('[data-testid=upload-submit]').click();
      await page.locator('[data-testid=upload-done]').waitFor();
      const file = page.locator('[data-testid=file][data-name="crs-line.jpg"]');
      await file.waitFor();
      await expect(file.locator('[data-testid=file-sha256]').textContent()).resolves.toBe(photo.sha256);
      // The thumbnail is the stripped working copy, served through the dashboard.
      const thumbnail = file.locator('img');
      await thumbnail.waitFor();
      await page.waitForFunction(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
        await thumbnail.elementHandle(),
      );
      // An observer cannot download originals: no link is offered.
      await expect(file.locator('[data-testid=download-original]').count()).resolves.toBe(0);
      // The history records both versions.
      await expect(page.locator('[data-testid=revision]').count()).resolves.toBeGreaterThanOrEqual(2);
    },
    { viewport: PHONE },
  );
});
