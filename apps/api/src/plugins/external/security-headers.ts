import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * The API answers JSON only, so its pages may load nothing and be framed by nobody. The API reference
 * under /api/docs overrides this with its own policy (see swagger.ts).
 */
export default fp(
  async (app) => {
    await app.register(helmet, {
      global: true,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
      // HSTS only means something behind TLS, which a reverse proxy terminates in production.
      hsts: app.config.NODE_ENV === 'production',
      crossOriginResourcePolicy: { policy: 'same-site' },
      referrerPolicy: { policy: 'no-referrer' },
    });
  },
  { name: 'security-headers' },
);
