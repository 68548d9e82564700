import { journeys, morningJourney } from './home-journey';
import { closeBrowser } from './support/browser';

afterAll(closeBrowser);

describe('the desk roles start the day on their home page, at a desk and on a phone', () => {
  test.each(journeys(['coordinator']))(
    '%s (%s, %s): deadlines, needs, stock, the week by site, trends; then into a deadline',
    (role, viewport, locale) =>
      morningJourney(role, viewport, locale, {
        selector: '[data-testid=home-deadlines] a',
        arrivesAt: /^\/cases\//,
      }),
  );

  test.each(journeys(['lawyer', 'caseworker']))(
    '%s (%s, %s): my cases and deadlines; then into a case',
    (role, viewport, locale) =>
      morningJourney(role, viewport, locale, {
        selector: '[data-testid=home-myCases] a',
        arrivesAt: /^\/cases/,
      }),
  );

  test.each(journeys(['admin']))(
    '%s (%s, %s): instance health; then the audit log',
    (role, viewport, locale) =>
      morningJourney(role, viewport, locale, {
        selector: '[data-testid=home-instanceHealth] a[href="/admin/audit"]',
        arrivesAt: /^\/admin\/audit/,
      }),
  );
});
