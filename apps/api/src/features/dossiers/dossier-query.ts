import { type IncidentFilter, incidentFilterSchema } from '@vigil/contracts';
import { AppError } from '../../lib/app-error';

// Keys of the list URL that page or order it; a dossier always covers every match, oldest first.
const LIST_ONLY_KEYS = new Set(['sort', 'cursor', 'limit']);

/**
 * The incident filter from a list query string (what the dashboard shows in its address bar), so a
 * saved or shared filter becomes a dossier unchanged. Errors name the offending parameter.
 */
export function filterFromQuery(query: string): IncidentFilter {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    if (LIST_ONLY_KEYS.has(key)) continue;
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...[previous].flat(), value];
  }
  const parsed = incidentFilterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The request is invalid',
      parsed.error.issues.map((issue) => ({
        path: ['body', 'query', ...issue.path.map(String)].join('/'),
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}
