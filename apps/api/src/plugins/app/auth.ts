import type { Access } from '@vigil/contracts';
import { allows } from '@vigil/contracts';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';
import type { ResolvedSession } from '../../features/sessions/session-service';

export interface AuthorizeOptions {
  /** Lets a session that still has to enrol a second factor through (me, logout, TOTP set-up). */
  duringEnrolment?: boolean;
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The access check every route must declare as its onRequest hook. */
    authorize(access: Access, options?: AuthorizeOptions): onRequestAsyncHookHandler;
    /** Every registered route with its declared access: read by the deny-by-default test. */
    routeAccess: RouteAccess[];
  }
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
}

// Routes added by third-party plugins, declared public here: the API reference and CORS preflight.
const PUBLIC_PLUGIN_ROUTES = [/^\/api\/docs(\/|$)/, /^\/api\/openapi\.json$/, /^\*$/];

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

export default fp(
  async (app) => {
    const accessOf = new WeakMap<object, Access>();
    const routeAccess: RouteAccess[] = [];
    app.decorate('routeAccess', routeAccess);
    app.decorateRequest('auth', null);

    app.decorate('authorize', (access: Access, options: AuthorizeOptions = {}) => {
      const hook: onRequestAsyncHookHandler = async (request) => {
        if (access === 'public') return;
        const token = bearerToken(request);
        if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first');
        const resolved = await app.services.sessions.resolve(token);
        if (resolved.session.scope !== 'full' && !options.duringEnrolment) {
          throw new AppError('MFA_ENROLMENT_REQUIRED', 'Set up two-factor authentication first');
        }
        if (!allows(resolved.user.role, access)) throw AppError.forbidden();
        request.auth = resolved;
      };
      accessOf.set(hook, access);
      return hook;
    });

    // Deny by default: a route that does not declare its access stops the app from booting.
    app.addHook('onRoute', (route) => {
      const hooks = [route.onRequest ?? []].flat();
      const declared = hooks.map((hook) => accessOf.get(hook)).find((access) => access !== undefined);
      const access = declared ?? (PUBLIC_PLUGIN_ROUTES.some((re) => re.test(route.url)) ? 'public' : undefined);
      if (!access) {
        throw new Error(`Route ${String(route.method)} ${route.url} declares no access (use app.authorize)`);
      }
      for (const method of [route.method].flat()) routeAccess.push({ method, url: route.url, access });
    });
  },
  { name: 'auth', dependencies: ['services'] },
);
