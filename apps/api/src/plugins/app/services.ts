import fp from 'fastify-plugin';
import { KeyRing } from '../../lib/secrets';
import { type AccountService, createAccountService } from '../../features/account/account-service';
import { type AuditService, createAuditService } from '../../features/audit/audit-service';
import { type LoginService, createLoginService } from '../../features/auth/login-service';
import { type TotpService, createTotpService } from '../../features/auth/totp-service';
import { type IncidentsService, createIncidentsService } from '../../features/incidents/incident-service';
import { type SessionService, createSessionService } from '../../features/sessions/session-service';
import { type SettingsService, createSettingsService } from '../../features/settings/settings-service';
import { type UsersService, createUsersService } from '../../features/users/users-service';
import {
  type VocabulariesService,
  createVocabulariesService,
} from '../../features/vocabularies/vocabularies-service';

export interface Services {
  audit: AuditService;
  sessions: SessionService;
  settings: SettingsService;
  login: LoginService;
  totp: TotpService;
  account: AccountService;
  users: UsersService;
  vocabularies: VocabulariesService;
  incidents: IncidentsService;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** Builds every service once, wired to the same database client and key ring. */
export default fp(
  async (app) => {
    const keys = new KeyRing(app.config.MASTER_KEY);
    const audit = createAuditService(app.db);
    const sessions = createSessionService(app.db, app.config);
    const settings = createSettingsService(app.db, audit, sessions);
    const vocabularies = createVocabulariesService(app.db, audit);
    app.decorate('services', {
      audit,
      sessions,
      settings,
      login: createLoginService(app.db, keys, audit, sessions, settings),
      totp: createTotpService(app.db, keys, audit, sessions, settings),
      account: createAccountService(app.db, audit, sessions),
      users: createUsersService(app.db, audit, sessions),
      vocabularies,
      incidents: createIncidentsService(app.db, keys, audit, vocabularies),
    });
  },
  { name: 'services', dependencies: ['db'] },
);
