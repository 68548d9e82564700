import type { Role } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import request from 'supertest';
import { hashPassword } from '../lib/passwords';

export const PASSWORD = 'correct horse battery staple';
let counter = 0;

// Hashing is deliberately slow; tests share one hash of the common password.
let sharedHash: Promise<string> | undefined;

export async function createUser(
  app: FastifyInstance,
  options: { role?: Role; demoAccount?: boolean; status?: 'active' | 'invited' | 'deactivated' } = {},
) {
  counter += 1;
  sharedHash ??= hashPassword(PASSWORD);
  return app.db.user.create({
    data: {
      email: `user${counter}-${Date.now()}@test.vigil`,
      displayName: `Tester ${counter}`,
      role: options.role ?? 'volunteer',
      status: options.status ?? 'active',
      demoAccount: options.demoAccount ?? false,
      passwordHash: await sharedHash,
    },
  });
}

export async function login(app: FastifyInstance, email: string, extra: { totp?: string } = {}) {
  return request(app.server).post('/api/auth/login').send({ email, password: PASSWORD, ...extra });
}

/** A signed-in user of the given role with a full session (2FA enrolled where the role needs it). */
export async function signedIn(app: FastifyInstance, role: Role = 'volunteer') {
  const user = await createUser(app, { role });
  const first = await login(app, user.email);
  if (first.status !== 200) throw new Error(`login failed: ${first.status} ${JSON.stringify(first.body)}`);
  const token: string = first.body.token;
  if (first.body.mfaEnrolmentRequired) {
    const secret = await enrolTotp(app, token);
    return { user, token, secret };
  }
  return { user, token, secret: null };
}

export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at });
}

/** Runs the enrolment flow on a session and returns the TOTP secret. */
export async function enrolTotp(app: FastifyInstance, token: string): Promise<string> {
  const setup = await request(app.server).post('/api/auth/totp/setup').set('authorization', `Bearer ${token}`);
  if (setup.status !== 200) throw new Error(`setup failed: ${JSON.stringify(setup.body)}`);
  const verify = await request(app.server)
    .post('/api/auth/totp/verify')
    .set('authorization', `Bearer ${token}`)
    .send({ code: totpCode(setup.body.secret) });
  if (verify.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verify.body)}`);
  return setup.body.secret as string;
}

export function api(app: FastifyInstance, token?: string) {
  const agent = request(app.server);
  const auth = (test: request.Test) => (token ? test.set('authorization', `Bearer ${token}`) : test);
  return {
    get: (url: string) => auth(agent.get(url)),
    post: (url: string) => auth(agent.post(url)),
    patch: (url: string) => auth(agent.patch(url)),
    put: (url: string) => auth(agent.put(url)),
    delete: (url: string) => auth(agent.delete(url)),
  };
}
