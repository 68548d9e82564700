'use server';

import { handoverResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, submitted, text, type FormState } from '@/lib/forms';

/** Hands every case in progress and open deadline of one member to another, in one action. */
export async function handoverAction(
  _state: FormState<{ cases: number; deadlines: number }>,
  formData: FormData,
): Promise<FormState<{ cases: number; deadlines: number }>> {
  try {
    const moved = await api('/api/casework/handover', {
      method: 'POST',
      body: {
        fromUserId: text(formData, 'fromUserId'),
        toUserId: text(formData, 'toUserId'),
        reason: text(formData, 'reason'),
      },
      schema: handoverResponseSchema,
    });
    revalidatePath('/cases/workload');
    return { status: 'success', data: moved };
  } catch (error) {
    return failure(error, submitted(formData, ['fromUserId', 'toUserId', 'reason']));
  }
}
