'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { importCsvAction, type ImportKind, type ImportReport } from '@/app/(app)/supplies/import/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { Table, Td, Th } from '@/components/ui/table';
import { Textarea } from '@/components/ui/textarea';
import { SubmissionFeedback } from './submission-feedback';
import { useSubmission } from './use-submission';

/**
 * A CSV import: choose or paste the file, check it (every problem by row and column), then import it.
 * Nothing is imported unless every row is valid; a checked file that changed is checked again.
 */
export function ImportForm({
  kinds,
  columns,
}: {
  kinds: ImportKind[];
  columns: Record<ImportKind, readonly string[]>;
}) {
  const t = useTranslations('suppliesImport');
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'stock');
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const { state, pending, submit } = useSubmission(
    (key, body: { kind: ImportKind; csv: string; dryRun: boolean }) =>
      importCsvAction(body.kind, key, { csv: body.csv, dryRun: body.dryRun }),
  );

  const run = async (dryRun: boolean) => {
    const result = await submit({ kind, csv, dryRun });
    if (result?.status !== 'success' || !result.data) return;
    setReport(result.data);
    setChecked(result.data.valid && dryRun ? `${kind}\n${csv}` : null);
  };
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setReport(null);
  };
  const ready = checked === `${kind}\n${csv}`;

  return (
    <div className="flex max-w-4xl flex-col gap-4" data-testid="import-form">
      {kinds.length > 1 ? (
        <Select
          name="kind"
          id="import-kind"
          label={t('kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value === 'catalogue' ? 'catalogue' : 'stock')}
          options={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
      ) : null}
      <p className="text-sm">
        {t('columns')} <code dir="ltr">{columns[kind].join(',')}</code>
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-semibold">
          {t('file')}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => void readFile(event)}
        />
      </div>
      <Textarea
        name="csv"
        id="import-csv"
        label={t('text')}
        hint={t('textHint')}
        value={csv}
        onChange={(event) => setCsv(event.target.value)}
        rows={8}
        className="font-mono text-sm"
        dir="ltr"
      />
      <SubmissionFeedback state={state} />
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => void run(true)}
          disabled={pending || csv.trim() === ''}
          data-testid="import-check"
        >
          {t('check')}
        </Button>
        <Button
          variant="primary"
          onClick={() => void run(false)}
          disabled={pending || !ready}
          data-testid="import-run"
        >
          {t('import')}
        </Button>
      </div>
      {report ? <ImportReportView report={report} /> : null}
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations('suppliesImport');
  if (report.valid) {
    const summary =
      report.lines !== undefined
        ? t('stockSummary', { lines: report.lines })
        : t('catalogueSummary', { created: report.created ?? 0, updated: report.updated ?? 0 });
    return (
      <Alert tone="success" title={report.dryRun ? t('validTitle') : t('doneTitle')} testId="import-valid">
        <p>{report.dryRun ? t('wouldDo', { summary }) : summary}</p>
        {!report.dryRun && report.operationId ? (
          <Link
            prefetch={false}
            href={`/supplies/operations/${report.operationId}`}
            className="text-brand underline"
          >
            {t('seeOperation')}
          </Link>
        ) : null}
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-2" data-testid="import-problems">
      <Alert tone="error" title={t('problemsTitle', { count: report.problems.length })}>
        <p>{t('nothingImported')}</p>
      </Alert>
      <Table caption={t('problemsCaption')}>
        <thead>
          <tr>
            <Th>{t('row')}</Th>
            <Th>{t('column')}</Th>
            <Th>{t('problem')}</Th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem) => (
            <tr key={`${problem.row}-${problem.column}-${problem.message}`} data-testid="import-problem">
              <Td className="tabular-nums">{problem.row}</Td>
              <Td>
                <code dir="ltr">{problem.column}</code>
              </Td>
              <Td dir="auto">{problem.message}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
