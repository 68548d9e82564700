import { z } from 'zod';
import { SESSION_SCOPES } from './enums/sessions';
import { dateTime } from './common';

export const sessionScopeSchema = z.enum(SESSION_SCOPES);
export type SessionScope = z.infer<typeof sessionScopeSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  scope: sessionScopeSchema,
  userAgent: z.string().nullable(),
  createdAt: dateTime,
  lastSeenAt: dateTime,
  idleExpiresAt: dateTime,
  absoluteExpiresAt: dateTime,
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const sessionListResponseSchema = z.object({ sessions: z.array(sessionSchema) });
export const revokedCountResponseSchema = z.object({ revoked: z.number().int().nonnegative() });
