import { z } from 'zod';

/**
 * CSV imports of the catalogue and of opening stock. All or nothing: a dry run answers 200 with the
 * report; a real import with any problem answers 400 with one detail per problem, its path
 * `body/csv/<row>/<column>` (row 1 is the header line), and writes nothing.
 */

export const csvImportBodySchema = z.strictObject({
  csv: z.string().min(1).max(900_000),
  dryRun: z.boolean().default(false),
});

export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportProblem = z.output<typeof importProblemSchema>;

export const catalogueImportResponseSchema = z.object({
  dryRun: z.boolean(),
  valid: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  problems: z.array(importProblemSchema),
});

export const stockImportResponseSchema = z.object({
  dryRun: z.boolean(),
  valid: z.boolean(),
  lines: z.number().int(),
  operationId: z.uuid().nullable(),
  problems: z.array(importProblemSchema),
});

export function csvProblemPath(problem: ImportProblem): string {
  return `body/csv/${problem.row}/${problem.column}`;
}

/** The row and column of a 400 detail from an import, for showing it against the file. */
export function parseCsvProblemPath(path: string): { row: number; column: string } | null {
  const match = /^body\/csv\/(\d+)\/(.+)$/.exec(path);
  return match ? { row: Number(match[1]), column: match[2]! } : null;
}
