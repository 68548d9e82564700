import { z } from 'zod';
import { caseSummarySchema } from './casework-cases';
import { deadlineViewSchema } from './casework-tasks';
import { dateTime } from './common';
import { dossierSchema } from './dossiers';
import type { Role } from './enums/roles';
import { timeZoneSchema } from './eviction-stats';
import { evictionSummarySchema } from './evictions';
import { incidentSummarySchema } from './incident-views';
import { type Permission, can } from './permissions';
import { roleSchema } from './roles';
import { savedFilterSchema } from './saved-filters';
import { stockLocationRefSchema, supplyCategorySchema } from './supplies';
import { needSchema } from './supplies-distributions';
import { expiringResponseSchema, lowStockResponseSchema } from './supplies-reports';

/**
 * `GET /api/overview`: the home page, one block per piece of work. Each block reads what the module's
 * own routes would let the caller read, so it names the permissions it needs; a role's layout only
 * chooses which of its permitted blocks come first on its home page. The blocks pick public fields
 * only: references, types, dates and counts, never a person's alias or anything sealed.
 */

export const OVERVIEW_BLOCKS = [
  'quickActions',
  'deadlines',
  'myCases',
  'unassignedCases',
  'openNeeds',
  'stockAlerts',
  'recentActivity',
  'trends',
  'myDrafts',
  'evictionsToday',
  'recentVerifiedIncidents',
  'savedFilters',
  'dossiers',
  'stockHere',
  'instanceHealth',
] as const;
export type OverviewBlockId = (typeof OVERVIEW_BLOCKS)[number];

/** Every permission a block reads with (all of them needed); quick actions name theirs one by one. */
export const OVERVIEW_BLOCK_PERMISSIONS: Readonly<Record<OverviewBlockId, readonly Permission[]>> = {
  quickActions: [],
  deadlines: ['cases.read'],
  myCases: ['cases.read'],
  unassignedCases: ['cases.manage_all'],
  openNeeds: ['supplies.read'],
  stockAlerts: ['supplies.read'],
  recentActivity: ['incidents.read', 'evictions.read'],
  trends: ['incidents.read', 'evictions.read', 'supplies.read', 'cases.manage_all'],
  myDrafts: ['incidents.write', 'evictions.write'],
  evictionsToday: ['evictions.read'],
  recentVerifiedIncidents: ['incidents.read'],
  savedFilters: ['incidents.read'],
  dossiers: ['reports.export'],
  stockHere: ['supplies.read'],
  instanceHealth: ['users.manage', 'settings.manage', 'audit.read'],
};

/** What each role's morning starts with, in order. It narrows; it never grants (see overviewBlocksFor). */
export const OVERVIEW_LAYOUT: Readonly<Record<Role, readonly OverviewBlockId[]>> = {
  admin: ['instanceHealth'],
  coordinator: [
    'quickActions',
    'deadlines',
    'unassignedCases',
    'openNeeds',
    'stockAlerts',
    'recentActivity',
    'trends',
  ],
  legal_observer: ['quickActions', 'evictionsToday', 'myDrafts'],
  lawyer: ['myCases', 'deadlines', 'recentVerifiedIncidents', 'savedFilters', 'dossiers'],
  caseworker: ['myCases', 'deadlines'],
  volunteer: ['quickActions', 'stockHere'],
};

export const QUICK_ACTIONS = [
  'record_eviction',
  'record_incident',
  'record_donation',
  'record_distribution',
] as const;
export type QuickAction = (typeof QUICK_ACTIONS)[number];
export const QUICK_ACTION_PERMISSIONS: Readonly<Record<QuickAction, Permission>> = {
  record_eviction: 'evictions.write',
  record_incident: 'incidents.write',
  record_donation: 'supplies.write',
  record_distribution: 'supplies.write',
};

/** The blocks of a role's layout whose every permission the permission table grants the role. */
export function overviewBlocksFor(role: Role): OverviewBlockId[] {
  return OVERVIEW_LAYOUT[role].filter((block) =>
    OVERVIEW_BLOCK_PERMISSIONS[block].every((permission) => can(role, permission)),
  );
}

export function quickActionsFor(role: Role): QuickAction[] {
  return QUICK_ACTIONS.filter((action) => can(role, QUICK_ACTION_PERMISSIONS[action]));
}

export const overviewQuerySchema = z.strictObject({
  /** "Today", "this week" and the days of the sparklines are days in this zone (the collective's). */
  timeZone: timeZoneSchema.default('UTC'),
  /** The volunteer's stock block: this location instead of the one they last recorded stock at. */
  locationId: z.uuid().optional(),
});
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

const count = z.number().int();
const day = z.iso.date();
const siteRef = z.object({ id: z.uuid(), name: z.string(), commune: z.string() });
const caseRef = caseSummarySchema.pick({ id: true, reference: true, type: true });
const deadlineItem = deadlineViewSchema.pick({ id: true, kind: true, title: true, dueAt: true }).extend({
  case: caseRef,
});
const lowRow = lowStockResponseSchema.shape.rows.element;
const expiringRow = expiringResponseSchema.shape.rows.element;
/** The first few of a list and how many there are in all. */
const listOf = <T extends z.ZodType>(item: T) => z.object({ total: count, items: z.array(item) });

export const overviewBlocksSchema = z.object({
  quickActions: z.array(z.enum(QUICK_ACTIONS)).optional(),
  /** Open deadlines on every case the reader reaches (coordinators: every case). Totals beyond the listed few. */
  deadlines: z
    .object({
      /** Every case (coordinators), or the cases the reader is assigned to or the lawyer of. */
      everyCase: z.boolean(),
      days: count,
      counts: z.object({ overdue: count, dueSoon: count }),
      overdue: z.array(deadlineItem),
      dueSoon: z.array(deadlineItem),
    })
    .optional(),
  /** Cases in progress I am assigned to or the lawyer of, most recently active first. */
  myCases: listOf(
    caseSummarySchema.pick({ id: true, reference: true, type: true, status: true, nextDeadline: true }),
  ).optional(),
  /** Cases in progress nobody is assigned to. */
  unassignedCases: z.object({ count }).optional(),
  /** Open needs, and those with a line that delivered and available stock do not cover. */
  openNeeds: z
    .object({
      open: count,
      short: count,
      needs: z.array(
        needSchema.pick({ id: true, site: true, partner: true, neededBy: true }).extend({
          lines: z.array(
            needSchema.shape.lines.element.pick({ item: true, quantity: true, shortfall: true }),
          ),
        }),
      ),
    })
    .optional(),
  stockAlerts: z
    .object({
      expiringDays: count,
      low: listOf(lowRow),
      expiring: listOf(expiringRow),
    })
    .optional(),
  /** Records starting on `from` (a UTC day, as the lists filter) or later, per site. */
  recentActivity: z
    .object({
      from: day,
      evictions: z.object({ total: count, bySite: z.array(z.object({ site: siteRef, count })) }),
      incidents: z.object({ total: count, bySite: z.array(z.object({ site: siteRef.nullable(), count })) }),
    })
    .optional(),
  /** Counts per day (in the time zone) over the last 30 days, oldest first, lined up with `days`. */
  trends: z
    .object({
      days: z.array(day),
      incidents: z.array(count),
      evictions: z.array(count),
      donations: z.array(count),
      casesOpened: z.array(count),
    })
    .optional(),
  /** My drafts, not yet submitted. */
  myDrafts: z
    .object({
      incidents: listOf(
        incidentSummarySchema.pick({ id: true, reference: true, title: true, startAt: true }),
      ),
      evictions: listOf(evictionSummarySchema.pick({ id: true, reference: true, site: true, startAt: true })),
    })
    .optional(),
  /** Evictions starting today (`date`, in the time zone). */
  evictionsToday: listOf(
    evictionSummarySchema.pick({
      id: true,
      reference: true,
      site: true,
      status: true,
      startAt: true,
      endAt: true,
    }),
  )
    .extend({ date: day })
    .optional(),
  /** Verified incidents starting on `from` (a UTC day, as the list filters) or later, newest first. */
  recentVerifiedIncidents: listOf(
    incidentSummarySchema.pick({ id: true, reference: true, title: true, startAt: true, place: true }),
  )
    .extend({ from: day })
    .optional(),
  savedFilters: listOf(savedFilterSchema.pick({ id: true, name: true, query: true })).optional(),
  /** My dossiers whose PDF can be downloaded now. */
  dossiers: listOf(
    dossierSchema.pick({
      id: true,
      incidentCount: true,
      evictionCount: true,
      finishedAt: true,
      expiresAt: true,
    }),
  ).optional(),
  /** Stock at one location; `location` null when the collective has no active location yet. */
  stockHere: z
    .object({
      location: stockLocationRefSchema.nullable(),
      chosenBy: z.enum(['query', 'last_movement', 'first_warehouse']),
      locations: z.array(stockLocationRefSchema),
      expiringDays: count,
      categories: z.array(
        z.object({ category: supplyCategorySchema, items: count, onHand: count, available: count }),
      ),
      low: listOf(lowRow),
      expiring: listOf(expiringRow),
    })
    .optional(),
  instanceHealth: z
    .object({
      users: z.object({ active: count, invited: count, deactivated: count }),
      liveSessions: count,
      emergencyLock: z.object({ lockedAt: dateTime }).nullable(),
      auditHead: z.object({ lastId: z.string(), lastHash: z.string(), lastAt: dateTime.nullable() }),
    })
    .optional(),
});
export type OverviewBlocks = z.output<typeof overviewBlocksSchema>;

export const overviewResponseSchema = z.object({
  role: roleSchema,
  timeZone: z.string(),
  generatedAt: dateTime,
  blocks: overviewBlocksSchema,
});
export type OverviewResponse = z.output<typeof overviewResponseSchema>;
