/**
 * `npm run admin:create`: the first administrator of a real deployment.
 *   npm run admin:create -- --email ana@collective.org --name Ana            (asks for the password)
 *   VIGIL_ADMIN_PASSWORD=… npm run admin:create -- --email … --name …       (non-interactive)
 * The administrator enrols a second factor at first sign-in (the 2FA rule applies to admins).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { displayNameSchema, emailSchema, newPasswordSchema } from '@vigil/contracts';
import { createDb } from '@vigil/db';
import { hashPassword } from '../apps/api/src/lib/passwords';
import { resolveDatabaseUrl } from './lib/database-url';

async function ask(question: string, hidden = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const answer = await rl.question(question);
  rl.close();
  if (hidden) process.stdout.write('\n');
  return answer;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = emailSchema.parse(values.email ?? (await ask('Email: ')));
  const displayName = displayNameSchema.parse(values.name ?? (await ask('Display name: ')));
  let password = process.env.VIGIL_ADMIN_PASSWORD;
  if (!password) {
    password = await ask('Password (12+ characters): ', true);
    if (password !== (await ask('Again: ', true))) throw new Error('The passwords differ.');
  }
  newPasswordSchema.parse(password);

  const db = createDb(await resolveDatabaseUrl(), { max: 2 });
  try {
    if (await db.user.findUnique({ where: { email } })) throw new Error(`An account for ${email} already exists.`);
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, displayName, role: 'admin', status: 'active', passwordHash } });
      await tx.auditEvent.create({
        data: { action: 'user.create', entityType: 'user', entityId: user.id, fields: ['email', 'displayName', 'role'], meta: '{"via":"admin:create"}' },
      });
    });
    process.stdout.write(`Administrator ${email} created. Sign in and enrol an authenticator app.\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`admin:create failed: ${message}\n`);
  process.exit(1);
});
