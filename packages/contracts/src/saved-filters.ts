import { z } from 'zod';
import { dateTime } from './common';
import { incidentFilterSchema } from './incident-filters';

export const savedFilterSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The incident list's query string, e.g. `actTypeId=…&commune=Calais`: also a shareable URL. */
  query: z.string(),
  createdAt: dateTime,
});

/** The query string must be a valid incident filter, checked with the list's own schema. */
export const createSavedFilterBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  query: z
    .string()
    .max(4_000)
    .refine((query) => {
      const params = new URLSearchParams(query);
      const object: Record<string, string | string[]> = {};
      for (const key of new Set(params.keys())) {
        const values = params.getAll(key);
        object[key] = values.length > 1 ? values : values[0]!;
      }
      return incidentFilterSchema.safeParse(object).success;
    }, 'Not a valid incident filter'),
});

export const savedFilterListResponseSchema = z.object({ filters: z.array(savedFilterSchema) });
export const savedFilterResponseSchema = z.object({ filter: savedFilterSchema });
