import type {
  SiteInput,
  createSiteBodySchema,
  populationSnapshotBodySchema,
  siteListQuerySchema,
  siteStatusChangeBodySchema,
} from '@vigil/contracts';
import { can } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import type { AuditService } from '../audit/audit-service';
import type { IncidentsService } from '../incidents/incident-service';
import { siteActivity } from './site-activity';
import * as repo from './sites-repository';
import { toSiteDetail, toSiteSummary } from './site-view';

type NewSite = z.output<typeof createSiteBodySchema>;
type StatusChange = z.output<typeof siteStatusChangeBodySchema>;
type Population = z.output<typeof populationSnapshotBodySchema>;

export type SitesService = ReturnType<typeof createSitesService>;

const columns = (input: SiteInput) => ({
  ...input,
  evictionOrderDate: input.evictionOrderDate ? new Date(`${input.evictionOrderDate}T00:00:00Z`) : null,
});

export function createSitesService(db: Db, audit: AuditService, incidents: IncidentsService) {
  async function detail(actor: Actor, id: string, recordRead = true) {
    const site = await repo.findSite(db, id);
    if (!site) throw AppError.notFound('Site');
    const exact = can(actor.role, 'sites.read_exact_location');
    if (recordRead && exact && (site.address || site.latitude !== null)) {
      // Where a squat is exactly can put people in danger: who looked is recorded.
      await audit.byActor(db, actor, {
        action: 'site.location_read',
        entityType: 'site',
        entityId: id,
        fields: ['address', 'coordinates'],
      });
    }
    const [names, activity] = await Promise.all([
      repo.displayNames(
        db,
        site.statusLog.map((c) => c.byId),
      ),
      siteActivity(db, incidents, actor, id),
    ]);
    return toSiteDetail(site, names, exact, activity);
  }

  return {
    async list(query: z.output<typeof siteListQuerySchema>) {
      return (await repo.listSites(db, query)).map(toSiteSummary);
    },

    get: detail,

    async create(actor: Actor, input: NewSite) {
      const id = await db.$transaction(async (tx) => {
        const site = await repo.insertSite(tx, columns(input));
        await repo.insertStatusChange(tx, {
          siteId: site.id,
          status: input.status,
          at: new Date(),
          byId: actor.userId,
          note: null,
        });
        await audit.byActor(tx, actor, {
          action: 'site.create',
          entityType: 'site',
          entityId: site.id,
          fields: Object.keys(input),
        });
        return site.id;
      });
      return detail(actor, id, false);
    },

    async update(actor: Actor, id: string, { version, ...input }: SiteInput & { version: number }) {
      const before = await repo.findSite(db, id);
      if (!before) throw AppError.notFound('Site');
      const changed = (Object.keys(input) as (keyof SiteInput)[]).filter(
        (key) => JSON.stringify(columns(input)[key] ?? null) !== JSON.stringify(before[key] ?? null),
      );
      await db.$transaction(async (tx) => {
        if (!(await repo.updateSite(tx, id, version, columns(input)))) {
          throw AppError.conflict('Someone changed this site meanwhile: reload it', [
            { path: 'body/version', message: 'This site has changed since it was opened' },
          ]);
        }
        await audit.byActor(tx, actor, {
          action: 'site.update',
          entityType: 'site',
          entityId: id,
          fields: changed,
        });
      });
      return detail(actor, id, false);
    },

    /** Appends a dated transition; the site's current status follows the most recent one. */
    async changeStatus(actor: Actor, id: string, change: StatusChange) {
      if (!(await db.site.findUnique({ where: { id }, select: { id: true } })))
        throw AppError.notFound('Site');
      const at = change.at ?? new Date();
      if (at.getTime() > Date.now() + 5 * 60_000)
        throw AppError.invalid('body/at', 'Cannot be in the future');
      await db.$transaction(async (tx) => {
        await repo.insertStatusChange(tx, {
          siteId: id,
          status: change.status,
          at,
          byId: actor.userId,
          note: change.note ?? null,
        });
        const latest = await repo.latestStatusChange(tx, id);
        if (latest) await repo.setCurrentStatus(tx, id, latest.status);
        await audit.byActor(tx, actor, {
          action: 'site.status_change',
          entityType: 'site',
          entityId: id,
          fields: ['status'],
          meta: { status: change.status },
        });
      });
      return detail(actor, id, false);
    },

    async addPopulation(actor: Actor, id: string, snapshot: Population) {
      if (!(await db.site.findUnique({ where: { id }, select: { id: true } })))
        throw AppError.notFound('Site');
      const parts = [snapshot.minors, snapshot.women, snapshot.families].filter(
        (n): n is number => n != null,
      );
      if (parts.some((n) => n > snapshot.people))
        throw AppError.invalid('body/people', 'Smaller than one of its parts');
      await db.$transaction(async (tx) => {
        await repo.insertPopulation(tx, {
          ...snapshot,
          at: snapshot.at ?? new Date(),
          siteId: id,
          byId: actor.userId,
        });
        await audit.byActor(tx, actor, { action: 'site.population', entityType: 'site', entityId: id });
      });
      return detail(actor, id, false);
    },
  };
}
