import type { Role } from '@vigil/contracts';
import { journeys, morningJourney } from './home-journey';
import { closeBrowser } from './support/browser';

afterAll(closeBrowser);

/** Where each desk role goes from its home page, and what it arrives at. */
const NEXT: Partial<Record<Role, { selector: string; arrivesAt: RegExp }>> = {
  coordinator: { selector: '[data-testid=home-deadlines] a', arrivesAt: /^\/cases\// },
  lawyer: { selector: '[data-testid=home-myCases] a', arrivesAt: /^\/cases/ },
  caseworker: { selector: '[data-testid=home-myCases] a', arrivesAt: /^\/cases/ },
  admin: { selector: '[data-testid=home-instanceHealth] a[href="/admin/audit"]', arrivesAt: /^\/admin\/audit/ },
};
const next = (role: Role) => NEXT[role]!;

describe('the desk roles start the day on their home page, at a desk and on a phone', () => {
  test.each(journeys(['coordinator']))(
    '%s (%s, %s): deadlines, needs, stock, the week by site, trends; then into a deadline',
    (role, viewport, locale) => morningJourney(role, viewport, locale, next(role)),
  );

  test.each(journeys(['lawyer', 'caseworker']))(
    '%s (%s, %s): my cases and deadlines; then into a case',
    (role, viewport, locale) => morningJourney(role, viewport, locale, next(role)),
  );

  test.each(journeys(['admin']))(
    '%s (%s, %s): instance health; then the audit log',
    (role, viewport, locale) => morningJourney(role, viewport, locale, next(role)),
  );

  test.each(['coordinator', 'lawyer', 'caseworker', 'admin'] as const)(
    '%s on a desktop in Arabic: the same blocks, right to left',
    (role) => morningJourney(role, 'desktop', 'ar', next(role)),
  );
});
