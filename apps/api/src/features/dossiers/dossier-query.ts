import {
  type EvictionFilter,
  type IncidentFilter,
  evictionFilterSchema,
  incidentFilterSchema,
} from '@vigil/contracts';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';

// Keys of a list URL that page or order it; a dossier always covers every match, oldest first.
const LIST_ONLY_KEYS = new Set(['sort', 'cursor', 'limit']);

/**
 * A filter from a list query string (what the dashboard shows in its address bar), so a saved or
 * shared filter becomes a dossier unchanged. Errors name the offending parameter under `field`.
 */
function parseQuery<S extends z.ZodType>(schema: S, query: string, field: string): z.output<S> {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    if (LIST_ONLY_KEYS.has(key)) continue;
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...[previous].flat(), value];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The request is invalid',
      parsed.error.issues.map((issue) => ({
        path: ['body', field, ...issue.path.map(String)].join('/'),
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

/** The incident filter of a dossier (`query`, the incident list's query string). */
export const filterFromQuery = (query: string): IncidentFilter =>
  parseQuery(incidentFilterSchema, query, 'query');

/** The eviction filter of a dossier (`evictionQuery`, the eviction list's query string). */
export const evictionFilterFromQuery = (query: string): EvictionFilter =>
  parseQuery(evictionFilterSchema, query, 'evictionQuery');

/** A query string as stored: without the leading `?` the address bar may include. */
export const storedQuery = (query: string) => query.replace(/^\?/, '');
