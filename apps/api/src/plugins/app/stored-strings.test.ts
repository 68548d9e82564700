import { newPerson } from '../../features/casework/people/people-fixtures';
import { incidentBody, termIds } from '../../features/incidents/incident-fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';

/**
 * Strings that tempt a layer to "fix" them: markup, right-to-left text and direction controls,
 * combining marks (é as e + U+0301 must not be normalised), emoji sequences, astral characters,
 * escapes and template syntax. None starts or ends with a space: the schemas trim those on purpose.
 */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror=window.__xss=1>',
  '"><svg onload=alert(1)>&amp;&lt;',
  'مرحبا، هذا نص عربي \u202bمضمّن\u202c ثم English',
  'سلام دنیا ۱۲۳',
  'Cafe\u0301 vs Café',
  '👩🏽‍⚖️ 🏳️‍🌈 👨‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200b zero-width',
  `quote ' double " backslash \\ %s %n {{7*7}} \${7*7}`,
];

/** Every stored text comes back byte for byte, whatever it holds. */
describe('stored strings round-trip exactly', () => {
  let t: TestApp;
  let coordinator: string;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    coordinator = (await signedIn(t.app, 'coordinator')).token;
    admin = (await signedIn(t.app, 'admin')).token;
  });
  afterAll(() => t.close());

  it.each(PAYLOADS.map((p, i) => [i, p]))('payload %i in an incident, a site, an item and a person', async (i, text) => {
    const terms = await termIds(t.app, coordinator);
    const incident = await api(t.app, coordinator)
      .post('/api/incidents')
      .send(incidentBody(terms, { title: text, narrative: `${text}\n${text}` }));
    expect(incident.status).toBeLessThan(300);
    const incidentId: string = incident.body.incident?.id ?? incident.body.id;
    const readIncident = await api(t.app, coordinator).get(`/api/incidents/${incidentId}`);
    const storedIncident = readIncident.body.incident ?? readIncident.body;
    expect([storedIncident.title, storedIncident.narrative]).toEqual([text, `${text}\n${text}`]);

    const site = await api(t.app, coordinator)
      .post('/api/sites')
      .send({ name: text, type: 'camp', commune: 'Calais', notes: text, aliases: [text] });
    expect(site.status).toBe(200);
    const readSite = (await api(t.app, coordinator).get(`/api/sites/${site.body.site.id}`)).body.site;
    expect([readSite.name, readSite.notes, readSite.aliases]).toEqual([text, text, [text]]);

    const item = await api(t.app, admin)
      .post('/api/supplies/items')
      .send({ code: `rt-${i}`, category: 'hygiene', nameEn: text, nameFr: text, unit: 'piece' });
    expect(item.status).toBeLessThan(300);
    const readItem = (await api(t.app, admin).get(`/api/supplies/items/${item.body.item.id}`)).body.item;
    expect([readItem.nameEn, readItem.nameFr]).toEqual([text, text]);

    // Personal fields are sealed at rest: the round trip goes through encryption and back.
    const person = await api(t.app, coordinator)
      .post('/api/people')
      .send(newPerson({ alias: text.slice(0, 120), legalName: text, notes: text }));
    expect(person.status).toBeLessThan(300);
    const id: string = person.body.person.id;
    expect((await api(t.app, coordinator).get(`/api/people/${id}`)).body.person.alias).toBe(text.slice(0, 120));
    const personal = (await api(t.app, coordinator).get(`/api/people/${id}/personal`)).body;
    expect(JSON.stringify(personal)).toContain(JSON.stringify(text).slice(1, -1));
  });
});
