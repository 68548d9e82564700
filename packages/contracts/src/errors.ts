import { z } from 'zod';
import { ERROR_CODES } from './enums/errors';

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorDetailSchema = z.object({
  path: z.string().describe('Where the problem is, e.g. body/email'),
  message: z.string(),
  issue: z
    .string()
    .optional()
    .describe('For a schema check, its code (too_small, invalid_type…): clients word it in their language'),
  origin: z.string().optional().describe('What was too small or too big: string, number, array, date…'),
  limit: z.number().optional().describe('The bound that was crossed (characters, value or items, per origin)'),
  format: z.string().optional().describe('For invalid_format: email, uuid, datetime, date, regex…'),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** The one error shape every failing request answers with. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.array(errorDetailSchema).optional(),
    requestId: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
