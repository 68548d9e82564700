import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface LocalSecrets {
  postgresPassword: string;
  masterKey: string;
  nextAuthSecret: string;
  /**
   * Wraps the casework data keys (CASEWORK_KEY). Setups created before it existed have none: their
   * data keys are wrapped by the key derived from masterKey until `npm run keys:rotate` stores one.
   */
  caseworkKey?: string;
  /** The casework key before the last rotation (CASEWORK_KEY_PREVIOUS). */
  caseworkKeyPrevious?: string;
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
    caseworkKey: randomBytes(32).toString('base64'),
  };
  saveLocalSecrets(file, secrets);
  return secrets;
}

export function saveLocalSecrets(file: string, secrets: LocalSecrets): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
}

export interface KeyEnv {
  MASTER_KEY: string;
  CASEWORK_KEY?: string;
  CASEWORK_KEY_PREVIOUS?: string;
}

/** The keys the zero-configuration run gives the API and the seed: the environment's first. */
export function localKeyEnv(
  secrets: Pick<LocalSecrets, 'masterKey' | 'caseworkKey' | 'caseworkKeyPrevious'>,
  env: NodeJS.ProcessEnv = process.env,
): KeyEnv {
  const keys: KeyEnv = { MASTER_KEY: env.MASTER_KEY ?? secrets.masterKey };
  const caseworkKey = env.CASEWORK_KEY ?? secrets.caseworkKey;
  const previous = env.CASEWORK_KEY_PREVIOUS ?? secrets.caseworkKeyPrevious;
  if (caseworkKey) keys.CASEWORK_KEY = caseworkKey;
  if (previous) keys.CASEWORK_KEY_PREVIOUS = previous;
  return keys;
}

/**
 * The keys an operational command uses: the environment's (and .env's) on a server of your own
 * (DATABASE_URL set), else the embedded setup's in `dataDir`.
 */
export function commandKeyEnv(dataDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.DATABASE_URL) return env;
  return { ...env, ...localKeyEnv(loadLocalSecrets(join(dataDir, 'secrets.json')), env) };
}
