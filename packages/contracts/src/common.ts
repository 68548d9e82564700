import { z } from 'zod';
import { LOCALES } from './enums/common';

export const uuidSchema = z.uuid();
export const idParamsSchema = z.object({ id: z.uuid() });

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** Emails are compared lower-cased and trimmed so one person cannot hold two accounts by case. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

/** Long enough to resist guessing, bounded so hashing cannot be used to exhaust the server. */
export const newPasswordSchema = z.string().min(12, 'At least 12 characters').max(256);

export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/**
 * A timestamp: an ISO 8601 string on the wire, a Date in code. The API encodes Dates when it answers;
 * the dashboard decodes the same schema when it reads, so both sides share one definition.
 */
export const dateTime = z.codec(
  // PostgreSQL has no year 0 (JavaScript's Date has): an instant before AD 1 would fail there as a 500.
  z.iso.datetime({ offset: true }).refine((value) => new Date(value).getUTCFullYear() >= 1, 'Year 1 or later'),
  z.date(),
  {
    decode: (value) => new Date(value),
    encode: (value) => value.toISOString(),
  },
);

/**
 * A calendar day, YYYY-MM-DD. JavaScript's Date has a year 0 but PostgreSQL does not (1 BC comes
 * before AD 1), so a day of year 0000 would pass validation and then fail in the database.
 */
export const calendarDay = z.iso.date().refine((value) => !value.startsWith('0000-'), 'Year 1 or later');

/**
 * A keyset cursor that is a bigint id (audit events, stock movements): digits up to 2^63 - 1, the
 * largest PostgreSQL bigint. Compared as text (digits of equal length order like numbers), because a
 * refinement also runs on values the pattern refused.
 */
export const bigintCursor = z
  .string()
  .regex(/^\d{1,19}$/, 'Not a cursor from a previous page')
  .refine((value) => value.length < 19 || value <= '9223372036854775807', 'Not a cursor from a previous page');
