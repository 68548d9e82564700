import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3.1 generated from the routes' zod schemas, with a reference page served locally. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Vigil API',
          version: '0.1.0',
          description:
            'Documentation, evidence, supplies and casework for solidarity collectives. Authenticate with ' +
            '`POST /api/auth/login`, then send `Authorization: Bearer <token>`.',
        },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
      transform: jsonSchemaTransform,
    });

    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

    await app.register(scalar, {
      routePrefix: '/api/docs',
      configuration: {
        url: '/api/openapi.json',
        // Scalar's default fonts come from its CDN: nothing may leave the instance.
        withDefaultFonts: false,
        hideClientButton: true,
        telemetry: false,
      },
    });

    // The reference page runs Scalar's script and an inline bootstrap: a policy of its own.
    app.addHook('onSend', async (request, reply) => {
      if (!request.url.startsWith('/api/docs')) return;
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
          "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
      );
    });
  },
  { name: 'swagger' },
);
