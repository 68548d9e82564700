'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CASE_FLAG_SUGGESTIONS } from '@vigil/contracts/enums';
import { clearFlagAction, setFlagAction } from '@/app/(app)/cases/[id]/actions';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { ActionForm } from './action-form';
import { useFlagLabel } from './case-badges';

/** Sets a flag ("at risk", "detention review", or the collective's own code) with its reason. */
export function SetFlagForm({ caseId }: { caseId: string }) {
  const t = useTranslations('caseDetail');
  const label = useFlagLabel();
  return (
    <ActionForm
      action={setFlagAction}
      hidden={{ caseId }}
      title={t('setFlag')}
      submitLabel={t('setFlagSubmit')}
      testId="set-flag-form"
    >
      {({ error, typed }) => (
        <>
          <Input
            name="flag"
            id="flag-flag"
            label={t('flag')}
            hint={t('flagHint')}
            list="flag-suggestions"
            defaultValue={typed('flag')}
            error={error('flag')}
            maxLength={80}
            required
          />
          <datalist id="flag-suggestions">
            {CASE_FLAG_SUGGESTIONS.map((flag) => (
              <option key={flag} value={flag}>
                {label(flag)}
              </option>
            ))}
          </datalist>
          <Textarea
            name="reason"
            id="flag-reason"
            label={t('reason')}
            defaultValue={typed('reason')}
            error={error('reason')}
            maxLength={1_000}
            required
            dir="auto"
          />
        </>
      )}
    </ActionForm>
  );
}

/** Clearing a flag asks why, in a dialog; the reason stays in the history next to the one that set it. */
export function ClearFlagButton({ caseId, flagId, flag }: { caseId: string; flagId: string; flag: string }) {
  const t = useTranslations('caseDetail');
  const label = useFlagLabel();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => setOpen(true)}
        data-testid="clear-flag"
        className="print:hidden"
      >
        {t('clearFlag')}
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          setRound((n) => n + 1);
        }}
        title={t('clearFlagTitle', { flag: label(flag) })}
      >
        <ActionForm
          key={round}
          action={async (state, formData) => {
            const result = await clearFlagAction(state, formData);
            if (result.status === 'success') setOpen(false);
            return result;
          }}
          hidden={{ caseId, flagId }}
          submitLabel={t('clearFlag')}
          testId="clear-flag-form"
          className="flex flex-col gap-3"
        >
          {({ error, typed }) => (
            <Textarea
              name="reason"
              id={`clear-reason-${flagId}`}
              label={t('reason')}
              defaultValue={typed('reason')}
              error={error('reason')}
              maxLength={1_000}
              required
              dir="auto"
            />
          )}
        </ActionForm>
      </Dialog>
    </>
  );
}
