import { type EvictionStatsQuery, can } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import type { Actor } from '../../lib/actor';

const DAY_MS = 86_400_000;

/** The filter keys shared by the list, the statistics, exports and dossiers. */
export type EvictionFilter = Omit<EvictionStatsQuery, 'timeZone' | 'recentIntervals' | 'timelineLimit'>;

export interface EvictionVisibility {
  userId: string;
  /** Reviewers see every draft (to help finish them); others see submitted records and their own drafts. */
  allDrafts: boolean;
}

export function evictionVisibility(actor: Actor): EvictionVisibility {
  return { userId: actor.userId, allDrafts: can(actor.role, 'evictions.review') };
}

/** Inclusive UTC days, like the incident filter. */
function dayRange(from: string | undefined, to: string | undefined) {
  return {
    gte: from ? new Date(`${from}T00:00:00Z`) : undefined,
    lt: to ? new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) : undefined,
  };
}

function flagged(value: boolean | undefined, exists: Prisma.Sql): Prisma.Sql[] {
  if (value === undefined) return [];
  return [value ? Prisma.sql`EXISTS (${exists})` : Prisma.sql`NOT EXISTS (${exists})`];
}

/**
 * SQL conditions over `evictions e` for the eviction filter, one per filter key in use (none: every
 * eviction). Every condition reads the eviction row or an indexed child table, so the list can walk
 * the (start_at, id) index and stop after a page, and a site or commune filter goes through the
 * (site_id, start_at) index.
 */
export function evictionConditionList(filter: EvictionFilter, visibility: EvictionVisibility): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (!visibility.allDrafts) {
    parts.push(Prisma.sql`(e.status <> 'draft' OR e.author_id = ${visibility.userId}::uuid)`);
  }
  const days = dayRange(filter.from, filter.to);
  if (days.gte) parts.push(Prisma.sql`e.start_at >= ${days.gte}`);
  if (days.lt) parts.push(Prisma.sql`e.start_at < ${days.lt}`);
  if (filter.siteId?.length) parts.push(Prisma.sql`e.site_id = ANY(${filter.siteId}::uuid[])`);
  if (filter.commune?.length) {
    parts.push(
      Prisma.sql`e.site_id = ANY(ARRAY(SELECT id FROM sites WHERE commune = ANY(${filter.commune}::text[])))`,
    );
  }
  if (filter.forceId?.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM eviction_forces ef
      WHERE ef.eviction_id = e.id AND ef.force_id = ANY(${filter.forceId}::uuid[]))`);
  }
  if (filter.legalBasis?.length)
    parts.push(Prisma.sql`e.legal_basis = ANY(${filter.legalBasis}::"LegalBasis"[])`);
  if (filter.status?.length) parts.push(Prisma.sql`e.status = ANY(${filter.status}::"EvictionStatus"[])`);
  if (filter.mine !== undefined) {
    parts.push(
      filter.mine
        ? Prisma.sql`e.author_id = ${visibility.userId}::uuid`
        : Prisma.sql`e.author_id <> ${visibility.userId}::uuid`,
    );
  }
  parts.push(
    ...flagged(filter.hasIncidents, Prisma.sql`SELECT 1 FROM incidents i WHERE i.eviction_id = e.id`),
    ...flagged(
      filter.propertyDestroyed,
      Prisma.sql`SELECT 1 FROM eviction_property ep WHERE ep.eviction_id = e.id AND ep.fate = 'destroyed'`,
    ),
  );
  return parts;
}

/** The conditions of the filter as one SQL expression over `evictions e`. */
export function evictionConditions(filter: EvictionFilter, visibility: EvictionVisibility): Prisma.Sql {
  const parts = evictionConditionList(filter, visibility);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}
