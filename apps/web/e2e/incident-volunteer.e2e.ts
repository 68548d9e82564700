import { closeBrowser, login, navIds, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

test('a volunteer does not see incidents and is refused the list, a record and the dossier builder', async () => {
  await withPage('incident-volunteer', async (page) => {
    await login(page, DEMO_EMAILS.volunteer, DEMO_PASSWORD);
    const nav = await navIds(page);
    expect(nav).not.toContain('incidents');
    expect(nav).not.toContain('dossiers');
    for (const path of ['/incidents', '/incidents/new', '/incidents/dossier']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await page.locator('[data-testid=forbidden]').waitFor();
    }
    // The streaming routes refuse too: the API answers 403 to the volunteer's token.
    const original = await page.request.get('/api/files/00000000-0000-4000-8000-000000000000/original');
    expect(original.status()).toBe(403);
  });
});
