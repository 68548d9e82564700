import type { MeResponse } from '@vigil/contracts';
import { permissionsOf } from '@vigil/contracts';
import type { Session } from '@vigil/db';
import { type UserViewSource, toUserView } from '../users/user-view';

export function toMeView(user: UserViewSource, session: Session, mfaRequired: boolean): MeResponse {
  return {
    user: toUserView(user),
    session: {
      id: session.id,
      scope: session.scope,
      idleExpiresAt: session.idleExpiresAt,
      absoluteExpiresAt: session.absoluteExpiresAt,
    },
    permissions: [...permissionsOf(user.role)],
    mfaEnrolmentRequired: session.scope !== 'full',
    mfaRequired,
  };
}
