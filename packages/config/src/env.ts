import { z } from 'zod';

/** Thrown at boot when the environment is incomplete; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, {
    message: 'must be 32 random bytes in base64 (generate: openssl rand -base64 32)',
  });
/** Left empty in a copied .env.example means "not set". */
const optionalKey = z.preprocess((value) => (value === '' ? undefined : value), base64Key.optional());

export const apiEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** The dashboard's origin: the only origin CORS admits, and the base of invitation links. */
  WEB_ORIGIN: z.url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Master key: encrypts second-factor secrets and keys the HMAC of client addresses. */
  MASTER_KEY: base64Key,
  /**
   * Wraps the casework data keys (envelope encryption). Defaults to a key derived from MASTER_KEY;
   * `npm run keys:rotate` prints a new one to set here, with the old one in CASEWORK_KEY_PREVIOUS.
   */
  CASEWORK_KEY: optionalKey,
  CASEWORK_KEY_PREVIOUS: optionalKey,
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  /**
   * Whose X-Forwarded-For to believe: false, true (any hop: only behind a proxy that overwrites it),
   * or a comma-separated list of addresses/CIDRs such as the dashboard's and the reverse proxy's.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value): boolean | string[] =>
      value === 'true' || value === '1' ? true : value === 'false' || value === '0' || value === '' ? false : value.split(',').map((v) => v.trim()),
    ),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).default(600),
  /** Sign-in attempts per minute per client address, per instance (failed ones also back off in PostgreSQL). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(5).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** Evidence files: a local folder (default) or an S3-compatible bucket. */
  EVIDENCE_STORAGE: z.enum(['local', 's3']).default('local'),
  EVIDENCE_DIR: z.string().default('.data/evidence'),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 ** 3),
  /**
   * Days a generated dossier's PDF and manifest are kept; then they are deleted and the dossier is
   * marked expired (a dossier is meant to be downloaded and filed, not stored on the instance).
   */
  DOSSIER_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag.default(true),
  /** Where the Prisma migrations live; /readyz checks the database has applied all of them. */
  MIGRATIONS_DIR: z.string().optional(),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

/** The bucket settings are required together when EVIDENCE_STORAGE=s3. */
export const apiEnvRefinedSchema = apiEnvSchema.superRefine((env, ctx) => {
  if (env.EVIDENCE_STORAGE !== 's3') return;
  for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when EVIDENCE_STORAGE=s3' });
  }
});

export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const missing = issue.code === 'invalid_type' && env[name] === undefined;
      return missing ? `${name} is required but not set` : `${name} ${issue.message}`;
    }),
  );
}

export function loadApiEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  return parseEnv(apiEnvRefinedSchema, env);
}
