'use client';

import type { DistributionDetail } from '@vigil/contracts';
import { useRouter } from 'next/navigation';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { distributionStepAction, type DistributionStep } from '@/app/(app)/supplies/distributions/actions';
import { TextField } from '@/components/incident-form/form-fields';
import { Button } from '@/components/ui/button';
import { fromLocalInput, toLocalInput } from '@/lib/incidents/zoned-time';
import { NO_ONE_SERVED, servedToBody, type ServedDraft } from '@/lib/supplies/distribution-draft';
import { countOrZero } from '@/lib/supplies/lines';
import { itemName } from '@/lib/supplies/names';
import { FormFrame } from './form-frame';
import { ServedFields } from './served-fields';
import { SubmissionFeedback } from './submission-feedback';
import { useSubmission } from './use-submission';

type Payload = { step: DistributionStep; body: Record<string, unknown> };

/**
 * The next step of a distribution, for those who record supplies: pack (reserve the list), hand out
 * (people served by group), count back what returned, or cancel before it leaves.
 */
export function DistributionSteps({ distribution }: { distribution: DistributionDetail }) {
  const t = useTranslations('suppliesDistributions');
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const { id, status, version } = distribution;
  const [served, setServed] = useState<ServedDraft>(NO_ONE_SERVED);
  const [at, setAt] = useState('');
  const [returned, setReturned] = useState<Record<string, string>>({});
  const submission = useSubmission((key, payload: Payload) =>
    distributionStepAction(id, payload.step, key, payload.body),
  );
  useEffect(() => setAt(toLocalInput(new Date(), timeZone)), [timeZone]);

  const run = async (step: DistributionStep, body: Record<string, unknown> = {}) => {
    const result = await submission.submit({ step, body: { version, ...body } });
    if (result?.status === 'success') router.refresh();
  };
  const cancel = (
    <Button
      variant="danger"
      onClick={() => void run('cancel')}
      disabled={submission.pending}
      data-testid="step-cancel"
    >
      {t('cancel')}
    </Button>
  );

  if (status === 'planned') {
    return (
      <div className="flex flex-col gap-3" data-testid="steps-planned">
        <SubmissionFeedback state={submission.state} />
        <p className="text-sm">{t('packIntro')}</p>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            onClick={() => void run('pack')}
            disabled={submission.pending}
            data-testid="step-pack"
          >
            {t('pack')}
          </Button>
          {cancel}
        </div>
      </div>
    );
  }
  if (status === 'packed') {
    return (
      <div className="flex flex-col gap-3" data-testid="steps-packed">
        <FormFrame
          prefix="handout"
          submission={submission}
          submitLabel={t('distribute')}
          pendingLabel={t('saving')}
          onSubmit={() =>
            void run('distribute', {
              distributedAt: fromLocalInput(at, timeZone),
              served: servedToBody(served),
            })
          }
        >
          <TextField
            path="distributedAt"
            type="datetime-local"
            label={t('distributedAt')}
            value={at}
            onChange={setAt}
          />
          <ServedFields value={served} onChange={setServed} />
        </FormFrame>
        <div>{cancel}</div>
      </div>
    );
  }
  if (status === 'distributed') {
    const lines = distribution.lines.filter((line) => line.sent > 0);
    return (
      <FormFrame
        prefix="returns"
        submission={submission}
        submitLabel={t('closeWithReturns')}
        pendingLabel={t('saving')}
        onSubmit={() =>
          void run('returns', {
            lines: lines
              .map((line) => ({ itemId: line.item.id, quantity: countOrZero(returned[line.item.id] ?? '') }))
              .filter((line) => line.quantity !== 0),
          })
        }
      >
        <p className="text-sm">{t('returnsIntro')}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {lines.map((line) => (
            <TextField
              key={line.item.id}
              path={`returned.${line.item.id}`}
              label={t('returnedOf', { item: itemName(line.item, locale), sent: line.sent })}
              value={returned[line.item.id] ?? ''}
              onChange={(value) => setReturned((current) => ({ ...current, [line.item.id]: value }))}
              inputMode="numeric"
              pattern="[0-9]*"
            />
          ))}
        </div>
      </FormFrame>
    );
  }
  return null;
}
