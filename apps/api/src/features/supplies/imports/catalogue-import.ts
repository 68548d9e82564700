import {
  CATALOGUE_CSV_COLUMNS,
  type ImportProblem,
  type SupplyItemInput,
  createSupplyItemBodySchema,
} from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import type { AuditService } from '../../audit/audit-service';
import { parseCsv } from './csv';
import { booleanCell, refuseImport } from './import-report';

const COLUMN_OF: Record<string, string> = {
  nameEn: 'name_en',
  nameFr: 'name_fr',
  tracksExpiry: 'tracks_expiry',
  propertyTypeId: 'property_type',
};
const optional = (value: string | undefined) => (value ? value : undefined);

/** Reads every row into an item (or problems naming row and column); nothing is written here. */
async function readRows(db: Db, csv: string) {
  const table = parseCsv(csv, CATALOGUE_CSV_COLUMNS, ['code', 'category', 'name_en', 'name_fr']);
  const problems: ImportProblem[] = [...table.problems];
  const propertyTypes = new Map(
    (
      await db.vocabularyTerm.findMany({ where: { kind: 'property_type' }, select: { id: true, code: true } })
    ).map((t) => [t.code, t.id]),
  );
  const items: SupplyItemInput[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const tracks = booleanCell(cells.tracks_expiry ?? '');
    if (tracks === undefined) problems.push({ row, column: 'tracks_expiry', message: 'Write yes or no' });
    const propertyTypeId = cells.property_type ? propertyTypes.get(cells.property_type) : undefined;
    if (cells.property_type && !propertyTypeId)
      problems.push({ row, column: 'property_type', message: 'Not a property type code' });
    const parsed = createSupplyItemBodySchema.safeParse({
      code: cells.code,
      category: cells.category,
      nameEn: cells.name_en,
      nameFr: cells.name_fr,
      unit: optional(cells.unit),
      size: optional(cells.size),
      gender: optional(cells.gender),
      tracksExpiry: tracks ?? false,
      priority: optional(cells.priority),
      season: optional(cells.season),
      propertyTypeId,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        problems.push({ row, column: COLUMN_OF[field] ?? field, message: issue.message });
      }
      continue;
    }
    const earlier = seen.get(parsed.data.code);
    if (earlier) problems.push({ row, column: 'code', message: `Same code as row ${earlier}` });
    seen.set(parsed.data.code, row);
    items.push(parsed.data);
  }
  return { items, problems };
}

/** Catalogue CSV: rows with a new code are added, rows with a known code update it; all or nothing. */
export async function importCatalogue(
  db: Db,
  audit: AuditService,
  actor: Actor,
  csv: string,
  dryRun: boolean,
) {
  const { items, problems } = await readRows(db, csv);
  const existing = new Set(
    (
      await db.supplyItem.findMany({
        where: { code: { in: items.map((i) => i.code) } },
        select: { code: true },
      })
    ).map((i) => i.code),
  );
  const updated = items.filter((i) => existing.has(i.code)).length;
  const report = { dryRun, valid: problems.length === 0, created: items.length - updated, updated, problems };
  if (dryRun) return report;
  if (problems.length) refuseImport(problems);
  await db.$transaction(async (tx) => {
    for (const item of items) {
      const { code, ...fields } = item;
      await tx.supplyItem.upsert({ where: { code }, create: item, update: fields });
    }
    await audit.byActor(tx, actor, {
      action: 'supply_item.import',
      entityType: 'supply_item',
      meta: { created: report.created, updated: report.updated },
    });
  });
  return report;
}
