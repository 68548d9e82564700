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
export const dateTime = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (value) => new Date(value),
  encode: (value) => value.toISOString(),
});
