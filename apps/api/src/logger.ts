import type { ApiEnv } from '@vigil/config';
import { PERSONAL_FIELDS } from '@vigil/contracts';
import type { FastifyLoggerOptions, PinoLoggerOptions } from 'fastify/types/logger';

/**
 * Redaction of credentials and personal fields wherever they might appear in a log line (one or two
 * levels deep in any logged object), and request logs without addresses or query strings: a seized
 * log file must not reveal who used the system from where, nor what they searched for.
 */
export function loggerOptions(env: Pick<ApiEnv, 'LOG_LEVEL' | 'NODE_ENV'>): FastifyLoggerOptions & PinoLoggerOptions {
  const personal = PERSONAL_FIELDS.flatMap((field) => [`*.${field}`, `*.*.${field}`]);
  return {
    level: env.LOG_LEVEL,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', ...personal],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        url: request.url.split('?')[0],
        id: request.id,
      }),
    },
    // Pretty output for a person at a terminal; JSON lines for everything else.
    ...(process.stdout.isTTY && env.NODE_ENV !== 'test'
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  };
}
