import { can, meResponseSchema, type MeResponse, type Permission } from '@vigil/contracts';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { api, ENROL_PATH } from '@/lib/api/client';

/** Asked once per request (layout and page share it): a revoked session fails right here. */
export const getMe = cache(async (): Promise<MeResponse> =>
  api('/api/auth/me', { schema: meResponseSchema, context: 'page' }),
);

/** The signed-in user; sent to 2FA enrolment first when the instance requires it for their role. */
export async function requireUser(options: { allowEnrolment?: boolean } = {}): Promise<MeResponse> {
  const me = await getMe();
  if (me.mfaEnrolmentRequired && !options.allowEnrolment) redirect(ENROL_PATH);
  return me;
}

/** Refuses the page itself (403 page) when the role lacks the permission, not only its nav entry. */
export async function requirePermission(permission: Permission): Promise<MeResponse> {
  const me = await requireUser();
  if (!can(me.user.role, permission)) forbidden();
  return me;
}
