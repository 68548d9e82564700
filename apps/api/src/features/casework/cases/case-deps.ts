import type { Db } from '@vigil/db';
import type { CaseworkVault } from '../vault/vault';

/** What the case services work with; routes build it from app.db and app.vault. */
export interface CaseDeps {
  db: Db;
  vault: CaseworkVault;
}
