import { isApiError } from './api/errors';
import type { FormState } from './form-state';

export type { FormState } from './form-state';

export function fieldFromPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const [first, ...rest] = parts;
  return (first === 'body' || first === 'querystring' || first === 'params' ? rest : parts).join('.') || path;
}

/**
 * Converts a failure into form state. Anything that is not an API error (including Next's
 * redirect and forbidden signals) is rethrown so the framework still handles it.
 */
export function failure<T>(error: unknown, values?: Record<string, string>): FormState<T> {
  if (!isApiError(error)) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const detail of error.details) {
    const field = fieldFromPath(detail.path);
    fieldErrors[field] ??= detail.message;
  }
  return {
    status: 'error',
    code: error.code,
    message: error.message,
    requestId: error.requestId,
    fieldErrors: Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined,
    values,
  };
}

/** The named text fields of a submission, to hand back with a failure. */
export function submitted(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, text(formData, name)]));
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}
