'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { chartCsv, type ChartTable } from '@/lib/charts/chart-csv';
import { downloadBlob, svgToPng, type LegendEntry } from '@/lib/charts/svg-png';

/**
 * "Download PNG" and "Download CSV" under a chart (inside its <figure>): the PNG is the chart's own
 * SVG drawn at twice its size, the CSV the figures the chart was drawn from, with the column names in
 * the reader's language. Both are made in the browser; nothing is fetched. A chart whose figures the
 * API already serves as CSV passes `csvHref` instead of `table`.
 */
export function ChartExport({
  fileName,
  table,
  csvHref,
  title,
  legend,
  testId,
}: {
  /** Without extension: "incidents-per-month". */
  fileName: string;
  table?: ChartTable;
  csvHref?: string;
  /** Drawn into the PNG with the legend, so the picture stands on its own in a report. */
  title?: string;
  legend?: LegendEntry[];
  testId: string;
}) {
  const t = useTranslations('chartExport');
  const group = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const link = buttonClasses('ghost', 'min-h-9 px-2 py-1 text-brand underline underline-offset-2');

  const png = async () => {
    const svg = group.current?.closest('figure')?.querySelector('svg');
    if (!svg) return;
    try {
      downloadBlob(await svgToPng(svg, { title, legend }), `${fileName}.png`);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const csv = () => {
    if (!table) return;
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accents, Arabic script).
    downloadBlob(
      new Blob(['\uFEFF', chartCsv(table)], { type: 'text/csv;charset=utf-8' }),
      `${fileName}.csv`,
    );
  };

  return (
    <div
      ref={group}
      role="group"
      aria-label={t('label')}
      className="flex flex-wrap items-center gap-2 print:hidden"
    >
      <button type="button" className={link} onClick={() => void png()} data-testid={`${testId}-png`}>
        {t('png')}
      </button>
      {csvHref ? (
        <a href={csvHref} download className={link} data-testid={`${testId}-csv`}>
          {t('csv')}
        </a>
      ) : table ? (
        <button type="button" className={link} onClick={csv} data-testid={`${testId}-csv`}>
          {t('csv')}
        </button>
      ) : null}
      {failed ? (
        <span role="alert" className="text-sm text-danger">
          {t('failed')}
        </span>
      ) : null}
    </div>
  );
}
