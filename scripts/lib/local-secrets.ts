import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  postgresPassword: string;
  masterKey: string;
  nextAuthSecret: string;
}

/**
 * Secrets for the zero-configuration run, generated on first start and kept (mode 0600) beside the
 * embedded database so that restarts keep sessions and encrypted fields readable.
 */
export function loadLocalSecrets(file: string): LocalSecrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    masterKey: randomBytes(32).toString('base64'),
    nextAuthSecret: randomBytes(32).toString('base64'),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
