'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';
import { handoverAction } from '@/app/(app)/cases/workload/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import { formKey, IDLE } from '@/lib/form-state';
import { CaseFeedback, useCaseFieldErrors } from './case-feedback';

interface Member {
  id: string;
  displayName: string;
  openCases: number;
}

/**
 * A departing member's cases in progress and open deadlines go to someone else in one action, after
 * a confirmation that names both people and how many cases move.
 */
export function HandoverForm({ members }: { members: Member[] }) {
  const t = useTranslations('caseWorkload');
  const tc = useTranslations('common');
  const [state, formAction] = useActionState(handoverAction, IDLE);
  const error = useCaseFieldErrors(state);
  const typed = state.status === 'error' ? state.values : undefined;
  const [from, setFrom] = useState(typed?.fromUserId ?? '');
  const [to, setTo] = useState(typed?.toUserId ?? '');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setConfirming(false), [state]);
  const name = (id: string) => members.find((member) => member.id === id);
  const options = [
    { value: '', label: t('choose') },
    ...members.map((m) => ({ value: m.id, label: m.displayName })),
  ];

  return (
    <form
      key={formKey(state)}
      action={formAction}
      className="flex flex-col gap-3"
      data-testid="handover-form"
    >
      {state.status === 'success' && state.data ? (
        <Alert tone="success" testId="handover-done">
          {t('done', { cases: state.data.cases, deadlines: state.data.deadlines })}
        </Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          name="fromUserId"
          id="handover-from"
          label={t('from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={error('fromUserId')}
          options={options}
        />
        <Select
          name="toUserId"
          id="handover-to"
          label={t('to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={error('toUserId')}
          options={options}
        />
      </div>
      <Textarea
        name="reason"
        id="handover-reason"
        label={t('reason')}
        hint={t('reasonHint')}
        defaultValue={typed?.reason}
        error={error('reason')}
        maxLength={500}
        required
        dir="auto"
      />
      <CaseFeedback state={state} />
      <div>
        <Button
          variant="primary"
          onClick={() => setConfirming(true)}
          disabled={!from || !to || from === to}
          data-testid="handover-start"
        >
          {t('handOver')}
        </Button>
      </div>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={t('confirmTitle')}>
        <p>
          {t('confirmBody', {
            count: name(from)?.openCases ?? 0,
            from: name(from)?.displayName ?? '',
            to: name(to)?.displayName ?? '',
          })}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {tc('cancel')}
          </Button>
          <SubmitButton variant="danger" data-testid="handover-confirm">
            {t('confirm')}
          </SubmitButton>
        </div>
      </Dialog>
    </form>
  );
}
