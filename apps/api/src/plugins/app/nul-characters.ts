import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';

/** The path of the first string holding a NUL character, e.g. `body/acts/0/quote`, or null. */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // Nesting deeper than any contract allows is refused by validation anyway; don't walk it.
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findNul(child, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold NUL (U+0000): left alone, such a value reaches the database and fails
 * there as a 500. Refused up front, for every route, with the field at fault.
 */
export default fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      const parts = { params: request.params, querystring: request.query, body: request.body };
      for (const [name, value] of Object.entries(parts)) {
        const path = findNul(value, name);
        if (path) throw AppError.invalid(path, 'must not contain NUL characters');
      }
    });
  },
  { name: 'nul-characters' },
);
