import cors from '@fastify/cors';
import fp from 'fastify-plugin';

/** Only the dashboard's origin may call the API from a browser; bearer tokens, no cookies. */
export default fp(
  async (app) => {
    await app.register(cors, {
      origin: [app.config.WEB_ORIGIN],
      credentials: false,
      methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
      maxAge: 600,
    });
  },
  { name: 'cors' },
);
