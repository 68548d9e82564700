import type { MeResponse } from '@vigil/contracts';
import { permissionsOf } from '@vigil/contracts';
import type { Session, User } from '@vigil/db';
import { toUserView } from '../users/user-view';

export function toMeView(user: User, session: Session, mfaRequired: boolean): MeResponse {
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
