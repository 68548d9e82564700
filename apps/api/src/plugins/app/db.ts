import { type Db, createDb } from '@vigil/db';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/** One Prisma client for the process, closed with the app. */
export default fp(
  async (app) => {
    const db = createDb(app.config.DATABASE_URL, {
      // A broken idle connection (e.g. PostgreSQL restarted) is replaced by the pool; log it only.
      onPoolError: (err) => app.log.warn({ err: err.message }, 'database connection lost'),
    });
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      await db.$disconnect();
    });
  },
  { name: 'db' },
);
