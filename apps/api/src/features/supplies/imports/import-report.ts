import { type ImportProblem, csvProblemPath } from '@vigil/contracts';
import { AppError } from '../../../lib/app-error';

/** A real import with problems writes nothing and answers 400, one detail per problem (row and column). */
export function refuseImport(problems: ImportProblem[]): never {
  throw new AppError(
    'VALIDATION_FAILED',
    `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was imported`,
    problems.map((p) => ({ path: csvProblemPath(p), message: p.message })),
  );
}

const TRUE = new Set(['yes', 'true', '1', 'oui', 'y', 'o']);
const FALSE = new Set(['no', 'false', '0', 'non', 'n', '']);

/** A yes/no cell in English or French; undefined when it is neither. */
export function booleanCell(value: string): boolean | undefined {
  const v = value.toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}
