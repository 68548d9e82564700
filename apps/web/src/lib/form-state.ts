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
  /**
   * What was submitted (never passwords), so a failed form shows the user's input again: React
   * resets uncontrolled fields to their defaultValue after every action.
   */
  values?: Record<string, string>;
}

export const IDLE: FormState<never> = { status: 'idle' };

/**
 * A key for the <form>: it changes when the echoed values change, so the form remounts with them
 * as defaults. Needed for <select>, which React only initialises on mount.
 */
export function formKey<T>(state: FormState<T>, extra = ''): string {
  return `${extra}:${JSON.stringify(state.values ?? null)}`;
}
