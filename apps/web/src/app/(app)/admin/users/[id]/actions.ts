'use server';

import {
  inviteSchema,
  okResponseSchema,
  revokedCountResponseSchema,
  userResponseSchema,
} from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { api } from '@/lib/api/client';
import { failure, submitted, text, type FormState } from '@/lib/forms';
import { invitationLink } from '@/lib/invitation';
import type { CreatedInvite } from '../actions';

function userPath(formData: FormData, suffix = ''): string {
  return `/api/admin/users/${encodeURIComponent(text(formData, 'userId'))}${suffix}`;
}

function refresh(formData: FormData): void {
  revalidatePath(`/admin/users/${text(formData, 'userId')}`);
  revalidatePath('/admin/users');
}

export async function updateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api(userPath(formData), {
      method: 'PATCH',
      body: { displayName: text(formData, 'displayName'), role: text(formData, 'role') },
      schema: userResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, ['displayName', 'role']));
  }
  refresh(formData);
  return { status: 'success', values: submitted(formData, ['displayName', 'role']) };
}

export async function setUserStatusAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api(userPath(formData), {
      method: 'PATCH',
      body: { status: text(formData, 'status') },
      schema: userResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  refresh(formData);
  return { status: 'success' };
}

export async function newInviteAction(
  _state: FormState<CreatedInvite>,
  formData: FormData,
): Promise<FormState<CreatedInvite>> {
  try {
    const { invite } = await api(userPath(formData, '/invite'), {
      method: 'POST',
      schema: z.object({ invite: inviteSchema }),
    });
    refresh(formData);
    return {
      status: 'success',
      data: {
        email: text(formData, 'email'),
        link: await invitationLink(invite.token),
        expiresAt: invite.expiresAt.toISOString(),
      },
    };
  } catch (error) {
    return failure<CreatedInvite>(error);
  }
}

export async function resetMfaAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api(userPath(formData, '/reset-mfa'), { method: 'POST', schema: okResponseSchema });
  } catch (error) {
    return failure(error);
  }
  refresh(formData);
  return { status: 'success' };
}

export async function unlockUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api(userPath(formData, '/unlock'), { method: 'POST', schema: okResponseSchema });
  } catch (error) {
    return failure(error);
  }
  refresh(formData);
  return { status: 'success' };
}

export async function revokeUserSessionsAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api(userPath(formData, '/sessions/revoke-all'), {
      method: 'POST',
      schema: revokedCountResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  refresh(formData);
  return { status: 'success' };
}
