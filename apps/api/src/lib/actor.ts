import type { Role } from '@vigil/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error';

/** Who is acting, passed from routes to services so that rules and audit entries know it. */
export interface Actor {
  userId: string;
  role: Role;
  sessionId: string;
  requestId: string;
}

export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  if (!auth) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return { userId: auth.user.id, role: auth.user.role, sessionId: auth.session.id, requestId: request.id };
}

/** The resolved session of a route that required sign-in. */
export function authOf(request: FastifyRequest) {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return request.auth;
}
