import { openCase, uniqueAlias, withToken } from './casework-fixtures';
import { apiCall, apiLogin } from './support/api';
import { closeBrowser, login, withPage } from './support/browser';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

afterAll(closeBrowser);

/** An incident of this test with one individual victim, recorded by the demo observer. */
async function incidentWithVictim(alias: string) {
  return withToken(apiLogin(DEMO_EMAILS.legal_observer, DEMO_PASSWORD), async (token) => {
    const { incident } = await apiCall<{ incident: { id: string; reference: string } }>('POST', '/api/incidents', {
      token,
      body: {
        title: 'ID check and phone seized at the Hoverport',
        startAt: new Date(Date.now() - 86_400_000).toISOString(),
        sourceType: 'first_hand',
        status: 'submitted',
        commune: 'Calais',
        victims: [{ key: 'v1', alias }],
      },
    });
    return incident;
  });
}

test('a coordinator links a person to the incident victim they are, and the incident shows whom to those who may know', async () => {
  const person = await openCase({ label: 'victim link' });
  const victimAlias = uniqueAlias('victim');
  const incident = await incidentWithVictim(victimAlias);

  await withPage('casework-incident-link', async (page) => {
    await login(page, DEMO_EMAILS.coordinator, DEMO_PASSWORD);
    await page.goto(`/cases/people/${person.personId}`);
    await page.locator('#link-reference').fill(incident.reference);
    await page.locator('[data-testid=incident-lookup]').click();
    await page.locator('[data-testid=victim-candidates]').waitFor();
    await page.locator('[data-testid=victim-candidates] button[type=submit]').first().click();
    const links = page.locator('[data-testid=incident-links] ul');
    const link = links.getByRole('link', { name: new RegExp(incident.reference) });
    await link.waitFor();
    expect(await links.innerText()).toContain(victimAlias);

    await link.click();
    await page.waitForURL(`**/incidents/${incident.id}`);
    expect(await page.locator('[data-testid=victim-person]').innerText()).toContain(person.alias);
  });

  // The observer who recorded the incident sees the pseudonymous victim only.
  await withPage('casework-incident-link-observer', async (page) => {
    await login(page, DEMO_EMAILS.legal_observer, DEMO_PASSWORD);
    await page.goto(`/incidents/${incident.id}`);
    await page.locator('[data-testid=victim]').first().waitFor();
    expect(await page.locator('[data-testid=victim-person]').count()).toBe(0);
  });
});
