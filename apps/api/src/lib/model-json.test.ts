import { fromJson, jsonArraySql, jsonObjectSql } from './model-json';

interface Row {
  id: string;
  uploadedAt: Date;
  acquiredAt: Date | null;
  sizeBytes: bigint;
  coordinatePrecisionM: number | null;
}
const KINDS = {
  id: 'value',
  uploadedAt: 'date',
  acquiredAt: 'date',
  sizeBytes: 'bigint',
  coordinatePrecisionM: 'value',
} as const;

describe('model JSON', () => {
  it('names every field by its snake_case column, then the extra entries', () => {
    expect(jsonObjectSql('f', KINDS, { site: '(SELECT 1)' })).toBe(
      "json_build_object('id', f.id, 'uploadedAt', f.uploaded_at, 'acquiredAt', f.acquired_at, " +
        "'sizeBytes', f.size_bytes, 'coordinatePrecisionM', f.coordinate_precision_m, 'site', (SELECT 1))",
    );
  });

  it('aggregates a child list, ordered when asked, empty as []', () => {
    expect(jsonArraySql('x', 'acts a', 'a.position')).toBe(
      "coalesce((SELECT json_agg(x ORDER BY a.position) FROM acts a), '[]'::json)",
    );
  });

  it('types values back as Prisma gives them, and keeps only the listed fields', () => {
    const row = fromJson<Row>(KINDS, {
      id: 'a',
      uploadedAt: '2026-02-14T06:10:00.5+00:00',
      acquiredAt: null,
      sizeBytes: 3_000_000_000,
      site: { id: 's' },
    });
    expect(row).toEqual({
      id: 'a',
      uploadedAt: new Date('2026-02-14T06:10:00.500Z'),
      acquiredAt: null,
      sizeBytes: 3_000_000_000n,
      coordinatePrecisionM: null,
    });
    // A PostgreSQL date (YYYY-MM-DD) is UTC midnight.
    expect(fromJson<{ date: Date }>({ date: 'date' }, { date: '2026-03-01' }).date.toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});
