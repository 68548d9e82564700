'use server';

import { errorResponseSchema, okResponseSchema } from '@vigil/contracts';
import { redirect } from 'next/navigation';
import { ApiError } from '@/lib/api/errors';
import { apiBaseUrl } from '@/lib/env';
import { failure, text, type FormState } from '@/lib/forms';

/** Public: the invitation token is the credential, there is no session yet. */
export async function acceptInviteAction(
  token: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const password = text(formData, 'password');
  if (password !== text(formData, 'confirm')) {
    return { status: 'error', code: 'VALIDATION_FAILED', fieldErrors: { confirm: 'mismatch' } };
  }
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}/api/auth/invites/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ token, password }),
      cache: 'no-store',
    });
  } catch {
    return failure(new ApiError(503, 'SERVICE_UNAVAILABLE', 'The API cannot be reached'));
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(json);
    const error = parsed.success
      ? new ApiError(
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.details ?? [],
          parsed.data.error.requestId,
        )
      : new ApiError(response.status, 'INTERNAL', 'Unexpected answer from the API');
    return failure(error);
  }
  okResponseSchema.parse(json);
  redirect('/login?reason=invite_accepted');
}
