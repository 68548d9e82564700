import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';

// Half of a UTF-16 surrogate pair without the other half: JSON can carry it (`"\ud800"`), UTF-8 cannot.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL could not store this text, or null. */
function problemWith(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (a lone surrogate cannot be stored)';
  return null;
}

/** The first string (or key) that PostgreSQL cannot store, e.g. `body/acts/0/quote`, or null. */
export function findUnstorable(value: unknown, path: string, depth = 0): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = problemWith(value);
    return problem ? { path, problem } : null;
  }
  // Nesting deeper than any contract allows is refused by validation anyway; don't walk it.
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const problem = problemWith(key);
    if (problem) return { path: `${path}/${key}`, problem };
    const found = findUnstorable(child, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold NUL (U+0000), and UTF-8 cannot encode a lone UTF-16 surrogate: left
 * alone, such a value reaches the database and fails there as a 500. Refused up front, for every
 * route, with the field at fault.
 */
export default fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      const parts = { params: request.params, querystring: request.query, body: request.body };
      for (const [name, value] of Object.entries(parts)) {
        const found = findUnstorable(value, name);
        if (found) throw AppError.invalid(found.path, found.problem);
      }
    });
  },
  { name: 'nul-characters' },
);
