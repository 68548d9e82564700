import { join } from 'node:path';
import autoload from '@fastify/autoload';
import type { ApiEnv } from '@vigil/config';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type ZodTypeProvider, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { responseSerializerCompiler } from './lib/response-serializer';
import { loggerOptions } from './logger';

declare module 'fastify' {
  interface FastifyInstance {
    config: ApiEnv;
  }
}

export interface AppOptions {
  env: ApiEnv;
  /** Where log lines go (tests capture them to prove redaction); stdout by default. */
  logStream?: NodeJS.WritableStream;
}

/**
 * The whole API as one plugin: app plugins (database, services, auth, errors), then cross-cutting
 * external plugins, then every feature's routes. server.ts and the tests build it the same way.
 */
export const vigilApp = fp(async (app: FastifyInstance, options: AppOptions) => {
  app.decorate('config', options.env);
  // Tests sit beside the plugins they test; they are not plugins.
  const ignorePattern = /\.test\.(ts|js)$/;
  await app.register(autoload, { dir: join(__dirname, 'plugins/app'), encapsulate: false, ignorePattern });
  await app.register(autoload, { dir: join(__dirname, 'plugins/external'), encapsulate: false, ignorePattern });
  await app.register(autoload, {
    dir: join(__dirname, 'features'),
    // Feature folders hold services and tests too; only *-routes files are route plugins.
    matchFilter: (path: string) => /-routes\.(ts|js)$/.test(path),
    dirNameRoutePrefix: false,
  });
});

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { ...loggerOptions(options.env), ...(options.logStream ? { stream: options.logStream } : {}) },
    genReqId: () => randomUUID(),
    bodyLimit: options.env.BODY_LIMIT_BYTES,
    trustProxy: options.env.TRUST_PROXY,
    // Keep prototype-pollution keys out of parsed bodies.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(vigilApp, options);
  return app;
}
