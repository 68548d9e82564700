import { z } from 'zod';
import { VOCABULARY_KINDS } from './enums/vocabularies';

export const vocabularyKindSchema = z.enum(VOCABULARY_KINDS);
export type VocabularyKind = z.infer<typeof vocabularyKindSchema>;

export const vocabularyTermSchema = z.object({
  id: z.uuid(),
  kind: vocabularyKindSchema,
  code: z.string(),
  parentId: z.uuid().nullable(),
  labelEn: z.string(),
  labelFr: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type VocabularyTermView = z.output<typeof vocabularyTermSchema>;

export const vocabularyListResponseSchema = z.object({ terms: z.array(vocabularyTermSchema) });
export const vocabularyTermResponseSchema = z.object({ term: vocabularyTermSchema });

const label = z.string().trim().min(1).max(120);

export const createVocabularyTermBodySchema = z.strictObject({
  kind: vocabularyKindSchema,
  code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,62}$/, 'Lower-case letters, digits and _'),
  parentId: z.uuid().nullable().optional(),
  labelEn: label,
  labelFr: label,
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export const updateVocabularyTermBodySchema = z
  .strictObject({
    parentId: z.uuid().nullable().optional(),
    labelEn: label.optional(),
    labelFr: label.optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });

export const vocabularyListQuerySchema = z.strictObject({
  kind: vocabularyKindSchema.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
