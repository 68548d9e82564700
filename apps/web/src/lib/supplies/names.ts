/** How items and locations are named on screen. Client-safe. */

export interface NamedItem {
  nameEn: string;
  nameFr: string;
  size: string | null;
}

/**
 * The item in the reader's language (the catalogue has English and French names; other languages
 * read the English one), with its size: "Sleeping bag", "Jacket · M".
 */
export function itemName(item: NamedItem, locale: string): string {
  const name = locale === 'fr' ? item.nameFr : item.nameEn;
  return item.size ? `${name} · ${item.size}` : name;
}

/** A calendar date (an expiry batch, a need's date) as the reader writes it, without time-zone shifts. */
export function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Within this many days an expiry date is flagged (the overview, its "expiring soon" list). */
export const EXPIRING_DAYS = 30;

/** Whole days from today (in the instance's time zone) to a calendar date; negative once past. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Today's calendar date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
