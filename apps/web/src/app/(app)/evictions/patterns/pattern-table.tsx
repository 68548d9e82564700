import { getFormatter, getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';
import { intervalLabel } from '@/lib/evictions/intervals';
import type { Grid } from '@/lib/evictions/pattern-tables';

/** One grid of figures as a table, with the CSV of exactly these rows (same filter) beside it. */
export async function PatternTable({
  grid,
  caption,
  csvHref,
  testId,
}: {
  grid: Grid;
  caption: string;
  csvHref: string;
  testId: string;
}) {
  const t = await getTranslations('evictionPatterns');
  const tf = await getTranslations('incidentEnums');
  const format = await getFormatter();
  const fate = grid.columns.indexOf('fate');
  const cell = (value: string | number | null, i: number) => {
    if (value === null) return '—';
    // Intervals read as a lawyer would say them: "≈ 48 h", "≈ 5 days" (the CSV keeps hours).
    if (typeof value === 'number' && grid.columns[i]?.endsWith('Hours')) return intervalLabel(format, value);
    if (typeof value === 'number') return format.number(value);
    if (i === fate) return tf(`fate.${value as 'seized'}`);
    // Calendar days and months (already in the collective's time zone), in the reader's language.
    const column = grid.columns[i];
    if (column === 'first' || column === 'last') {
      return format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
    }
    if (column === 'month') {
      const month = new Date(`${value}-01T00:00:00Z`);
      return format.dateTime(month, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    }
    return value;
  };
  return (
    <div className="flex flex-col gap-2" data-testid={testId}>
      {grid.rows.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <Table caption={caption}>
          <thead>
            <tr>
              {grid.columns.map((column) => (
                <Th key={column}>{t(`columns.${column}`)}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, i) => (
                  <Td
                    key={grid.columns[i]}
                    className={typeof value === 'number' ? 'tabular-nums' : undefined}
                  >
                    {cell(value, i)}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p>
        <a
          href={csvHref}
          download
          className="text-sm font-semibold text-brand underline"
          data-testid={`${testId}-csv`}
        >
          {t('downloadCsv')}
        </a>
      </p>
    </div>
  );
}
