import { z } from 'zod';
import { dateTime } from './common';

/** The groups of the global search, in the order the dashboard shows them. */
export const SEARCH_MODULES = ['sites', 'incidents', 'evictions', 'supplies', 'cases', 'people'] as const;
export type SearchModule = (typeof SEARCH_MODULES)[number];

/** What a hit may be marked with: drafts (incidents, evictions) and closed cases. */
export const SEARCH_BADGES = ['draft', 'closed'] as const;
export type SearchBadge = (typeof SEARCH_BADGES)[number];

/** `GET /api/search`: the text is trimmed; under two characters a search would match everything. */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(2, 'At least 2 characters').max(80, 'At most 80 characters'),
  /** Hits per group. */
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  /** Items have a French name too; the dashboard shows the reader's. Null elsewhere. */
  labelFr: z.string().nullable(),
  /** Data only (references, codes, communes), no words to translate: the dashboard shows it as is. */
  secondary: z.string(),
  /** When it happened (incidents, evictions) or was opened (cases); the dashboard formats it. */
  at: dateTime.nullable(),
  badge: z.enum(SEARCH_BADGES).nullable(),
  /** The dashboard page of the record. */
  path: z.string(),
});
export type SearchHit = z.output<typeof searchHitSchema>;

export const searchGroupSchema = z.object({
  module: z.enum(SEARCH_MODULES),
  hits: z.array(searchHitSchema),
});
export type SearchGroup = z.output<typeof searchGroupSchema>;

/** One group per module the reader may read (empty when nothing matched); none for the others. */
export const searchResponseSchema = z.object({ groups: z.array(searchGroupSchema) });
export type SearchResponse = z.output<typeof searchResponseSchema>;
