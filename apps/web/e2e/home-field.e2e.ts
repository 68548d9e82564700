import { journeys, morningJourney } from './home-journey';
import { closeBrowser } from './support/browser';

afterAll(closeBrowser);

describe('the field roles start the day on their home page, on a phone and at a desk', () => {
  test.each(journeys(['legal_observer']))(
    '%s (%s, %s): drafts and today’s evictions, then "Record eviction"',
    (role, viewport, locale) =>
      morningJourney(role, viewport, locale, {
        selector: '[data-testid=quick-record_eviction]',
        arrivesAt: /^\/evictions\/new/,
      }),
  );

  test.each(journeys(['volunteer']))(
    '%s (%s, %s): stock at my location, then "Record a donation" there',
    (role, viewport, locale) =>
      morningJourney(role, viewport, locale, {
        selector: '[data-testid=quick-record_donation]',
        arrivesAt: /^\/supplies\/donations\/new\?locationId=[0-9a-f-]{36}$/,
      }),
  );

  test.each([['legal_observer'], ['volunteer']] as const)(
    '%s on a phone in Arabic: the same blocks, right to left',
    (role) =>
      morningJourney(role, 'phone', 'ar', {
        selector: `[data-testid=quick-${role === 'volunteer' ? 'record_distribution' : 'record_incident'}]`,
        arrivesAt: role === 'volunteer' ? /^\/supplies\/distributions\/record/ : /^\/incidents\/new/,
      }),
  );
});
