import type { ErrorCode } from '@vigil/contracts';

/** What a Server Action hands back to its form. Safe to import from client components. */
export interface FormState<T = undefined> {
  status: 'idle' | 'success' | 'error';
  /** An API error code (translated by the form) when the whole form failed. */
  code?: ErrorCode;
  /** The API's own message, shown when no translation exists for the code. */
  message?: string;
  requestId?: string;
  /** Field name → message, from the API's validation details (`body/email` → `email`). */
  fieldErrors?: Record<string, string>;
  data?: T;
}

export const IDLE: FormState<never> = { status: 'idle' };
