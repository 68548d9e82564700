import fp from 'fastify-plugin';
import { wrappingKeysFromConfig } from '../../features/casework/vault/data-keys';
import { CaseworkVault } from '../../features/casework/vault/vault';

declare module 'fastify' {
  interface FastifyInstance {
    /** Seals and opens casework personal fields (envelope encryption under a wrapped data key). */
    vault: CaseworkVault;
  }
}

export default fp(
  async (app) => {
    const vault = new CaseworkVault(app.db, wrappingKeysFromConfig(app.config));
    await vault.load();
    app.decorate('vault', vault);
  },
  { name: 'vault', dependencies: ['db'] },
);
