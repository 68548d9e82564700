import fp from 'fastify-plugin';
import type { BlobStorage } from '../../features/evidence/storage/blob-storage';
import { S3Storage } from '../../features/evidence/storage/s3-storage';
import { storageFromConfig } from '../../features/evidence/storage/storage-from-config';

declare module 'fastify' {
  interface FastifyInstance {
    /** Evidence bytes: originals, working copies, dossiers. Local folder or S3 bucket, from config. */
    storage: BlobStorage;
  }
}

export default fp(
  async (app) => {
    const storage = storageFromConfig(app.config);
    app.decorate('storage', storage);
    app.addHook('onClose', async () => {
      if (storage instanceof S3Storage) storage.destroy();
    });
  },
  { name: 'storage', dependencies: ['db'] },
);
