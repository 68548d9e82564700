'use client';

import type { StockLocationRef } from '@vigil/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import {
  confirmStocktakeAction,
  previewStocktakeAction,
  type StocktakePreview,
  type StocktakeResult,
} from '@/app/(app)/supplies/stocktake/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { IDLE, type FormState } from '@/lib/form-state';
import { countedBody, sheetLine, type SheetLine } from '@/lib/supplies/stocktake';
import { ItemPicker } from './item-picker';
import { StocktakeDifferences } from './stocktake-differences';
import { StocktakeSheet } from './stocktake-sheet';
import { SubmissionFeedback } from './submission-feedback';
import { useSubmission } from './use-submission';

type Counted = ReturnType<typeof countedBody>;

/** Errors by sheet row: API paths count the rows sent (lines.3.counted), not the rows shown. */
function rowErrors(state: FormState<unknown>, keys: string[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const [path, message] of Object.entries(state.fieldErrors ?? {})) {
    const index = /^lines\.(\d+)/.exec(path)?.[1];
    const key = index === undefined ? undefined : keys[Number(index)];
    if (key && !errors.has(key)) errors.set(key, message);
  }
  return errors;
}

/**
 * A stock-take in three steps: count (the sheet), check (the differences the API computes against
 * current stock, nothing written yet), confirm with a reason (one adjustment per difference).
 */
export function StocktakeFlow({
  location,
  initialSheet,
}: {
  location: StockLocationRef;
  initialSheet: SheetLine[];
}) {
  const t = useTranslations('suppliesStocktake');
  const [sheet, setSheet] = useState(initialSheet);
  const [counted, setCounted] = useState<Counted | null>(null);
  const [preview, setPreview] = useState<StocktakePreview | null>(null);
  const [previewState, setPreviewState] = useState<FormState<StocktakePreview>>(IDLE);
  const [result, setResult] = useState<StocktakeResult | null>(null);
  const [reason, setReason] = useState('');
  const [nothingCounted, setNothingCounted] = useState(false);
  const [previewing, startPreview] = useTransition();
  const confirm = useSubmission(confirmStocktakeAction);

  const runPreview = () => {
    const body = countedBody(sheet);
    setCounted(body);
    setNothingCounted(body.lines.length === 0);
    if (body.lines.length === 0) return;
    startPreview(async () => {
      const answer = await previewStocktakeAction({ locationId: location.id, lines: body.lines });
      setPreviewState(answer);
      setPreview(answer.status === 'success' && answer.data ? answer.data : null);
      confirm.reset();
    });
  };

  const runConfirm = async () => {
    if (!preview || !counted) return;
    const answer = await confirm.submit({
      locationId: location.id,
      lines: counted.lines,
      reason,
      basedOn: preview.basedOn,
    });
    if (answer?.status === 'success' && answer.data) setResult(answer.data);
  };

  if (result) {
    return (
      <div className="flex flex-col gap-4" data-testid="stocktake-done">
        <Alert tone="success" title={t('doneTitle')}>
          <p>{t('doneBody', { count: result.differences.length, location: result.location.name })}</p>
        </Alert>
        <StocktakeDifferences
          differences={result.differences}
          unchanged={result.unchanged}
          caption={t('adjustmentsCaption')}
        />
        <div className="flex flex-wrap gap-3">
          <Link
            prefetch={false}
            href={`/supplies/operations/${result.operation.id}`}
            className="text-brand underline"
          >
            {t('seeOperation')}
          </Link>
          <Link
            prefetch={false}
            href={`/supplies?locationId=${location.id}`}
            className="text-brand underline"
          >
            {t('seeStock')}
          </Link>
        </div>
      </div>
    );
  }

  if (preview) {
    return (
      <div className="flex max-w-3xl flex-col gap-4" data-testid="stocktake-preview">
        <Alert tone="info" title={t('previewTitle')}>
          <p>{t('previewBody')}</p>
        </Alert>
        <SubmissionFeedback state={confirm.state} />
        <StocktakeDifferences
          differences={preview.differences}
          unchanged={preview.unchanged}
          caption={t('differencesCaption')}
        />
        <Textarea
          name="reason"
          id="stocktake-reason"
          label={t('reason')}
          hint={t('reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={confirm.fieldErrors.reason}
          maxLength={500}
          rows={2}
        />
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            onClick={() => void runConfirm()}
            disabled={confirm.pending || reason.trim().length < 3}
            aria-busy={confirm.pending || undefined}
            data-testid="stocktake-confirm"
          >
            {confirm.pending ? t('confirming') : t('confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setPreview(null)}>
            {t('backToCount')}
          </Button>
          {confirm.state && confirm.state !== 'offline' && confirm.state.code === 'CONFLICT' ? (
            <Button variant="secondary" onClick={runPreview}>
              {t('previewAgain')}
            </Button>
          ) : null}
        </div>
      </div>
    );
  }

  return (
    <div className="flex max-w-3xl flex-col gap-4" data-testid="stocktake-count">
      <SubmissionFeedback state={previewState} />
      {nothingCounted ? <Alert tone="warning">{t('nothingCounted')}</Alert> : null}
      <StocktakeSheet
        sheet={sheet}
        errors={rowErrors(previewState, counted?.keys ?? [])}
        onChange={setSheet}
      />
      <details className="rounded-lg border border-line bg-surface p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t('addItem')}</summary>
        <ItemPicker
          source={{ kind: 'catalogue' }}
          idPrefix="stocktake"
          exclude={[]}
          onPick={(item) => setSheet((current) => [...current, sheetLine(item, null, true)])}
        />
      </details>
      <div className="sticky bottom-0 z-10 -mx-3 border-t border-line bg-surface px-3 py-2 sm:mx-0 sm:rounded-lg sm:border">
        <Button
          variant="primary"
          className="w-full sm:w-auto"
          onClick={runPreview}
          disabled={previewing}
          aria-busy={previewing || undefined}
          data-testid="stocktake-preview-button"
        >
          {previewing ? t('previewing') : t('preview')}
        </Button>
      </div>
    </div>
  );
}
