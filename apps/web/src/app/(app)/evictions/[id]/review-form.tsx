'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormFeedback } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { reviewEvictionAction } from './actions';

/** Shown to reviewers who did not write the record: a second person checks it before it counts. */
export function EvictionReviewForm({ evictionId, version }: { evictionId: string; version: number }) {
  const t = useTranslations('evictionDetail');
  const [state, formAction] = useActionState(reviewEvictionAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="eviction-review-form">
      <p className="text-sm text-ink-soft">{t('reviewHint')}</p>
      <FormFeedback state={state} success={t('reviewed')} />
      <input type="hidden" name="evictionId" value={evictionId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <SubmitButton data-testid="review-eviction">{t('review')}</SubmitButton>
      </div>
    </form>
  );
}
