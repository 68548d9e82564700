'use server';

import { createUserResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, submitted, text, type FormState } from '@/lib/forms';
import { invitationLink } from '@/lib/invitation';

export interface CreatedInvite {
  email: string;
  link: string;
  expiresAt: string;
}

/**
 * Creates the account and returns its invitation link, shown once to the admin, who passes it on
 * by a channel they trust: the instance sends no email (no third parties).
 */
export async function createUserAction(
  _state: FormState<CreatedInvite>,
  formData: FormData,
): Promise<FormState<CreatedInvite>> {
  try {
    const result = await api('/api/admin/users', {
      method: 'POST',
      body: {
        email: text(formData, 'email'),
        displayName: text(formData, 'displayName'),
        role: text(formData, 'role'),
      },
      schema: createUserResponseSchema,
    });
    revalidatePath('/admin/users');
    return {
      status: 'success',
      data: {
        email: result.user.email,
        link: await invitationLink(result.invite.token),
        expiresAt: result.invite.expiresAt.toISOString(),
      },
    };
  } catch (error) {
    return failure<CreatedInvite>(error, submitted(formData, ['email', 'displayName', 'role']));
  }
}
