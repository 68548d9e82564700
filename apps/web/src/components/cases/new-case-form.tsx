'use client';

import { useRouter } from 'next/navigation';
import { useTimeZone, useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { CASE_TYPES } from '@vigil/contracts/enums';
import { createCaseAction } from '@/app/(app)/cases/new/actions';
import { AreaField, SelectField } from '@/components/incident-form/form-fields';
import { FormFrame } from '@/components/supplies/form-frame';
import { useSubmission } from '@/components/supplies/use-submission';
import { FormCard } from '@/components/ui/form-card';
import type { StaffMember } from '@/lib/cases/fetch';
import { EMPTY_CASE_DRAFT, newCaseBody, type NewCaseDraft } from '@/lib/cases/new-case-body';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { CheckGroup } from './check-group';
import { NewPersonFields } from './new-person-fields';
import { PersonPicker } from './person-picker';

/**
 * Opens a case for a person registered in the same step (alias, coded fields, optional encrypted
 * details, consent) or for one already registered, found by alias.
 */
export function NewCaseForm({
  staff,
  initialPerson,
}: {
  /** Coordinators pick caseworkers and a lawyer; null for everyone else. */
  staff: StaffMember[] | null;
  initialPerson: { id: string; alias: string } | null;
}) {
  const t = useTranslations('caseNew');
  const te = useTranslations('caseEnums');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const [draft, setDraft] = useState<NewCaseDraft>({
    ...EMPTY_CASE_DRAFT,
    ...(initialPerson ? { mode: 'existing', personId: initialPerson.id } : {}),
  });
  const [picked, setPicked] = useState(initialPerson);
  const update = useCallback(
    (patch: Partial<NewCaseDraft>) => setDraft((current) => ({ ...current, ...patch })),
    [],
  );
  const submission = useSubmission(createCaseAction);
  const caseworkers = staff?.filter((member) => member.role === 'caseworker') ?? [];
  const lawyers = staff?.filter((member) => member.role === 'lawyer') ?? [];

  const send = async () => {
    const result = await submission.submit(newCaseBody(draft, (local) => fromLocalInput(local, timeZone)));
    if (result?.status === 'success' && result.data) router.push(result.data.href);
  };

  return (
    <FormFrame
      prefix="case"
      submission={submission}
      submitLabel={t('submit')}
      pendingLabel={t('submitting')}
      onSubmit={() => void send()}
    >
      <fieldset className="flex flex-wrap gap-x-6" data-testid="person-mode">
        <legend className="mb-1 text-sm font-semibold">{t('whoFor')}</legend>
        {(['new', 'existing'] as const).map((mode) => (
          <label key={mode} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={draft.mode === mode}
              onChange={() => update({ mode })}
              className="size-5 accent-brand"
              data-testid={`mode-${mode}`}
            />
            {t(`mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {draft.mode === 'new' ? (
        <NewPersonFields draft={draft} update={update} timeZone={timeZone} />
      ) : (
        <FormCard id="existing-person-title" title={t('existingTitle')}>
          <PersonPicker
            selected={picked}
            onSelect={(person) => {
              setPicked(person);
              update({ personId: person?.id ?? '' });
            }}
          />
        </FormCard>
      )}
      <FormCard id="case-title" title={t('caseTitle')}>
        <SelectField
          path="type"
          label={t('type')}
          value={draft.type}
          onChange={(type) => update({ type })}
          options={[
            { value: '', label: t('chooseType') },
            ...CASE_TYPES.map((v) => ({ value: v, label: te(`type.${v}`) })),
          ]}
        />
        <AreaField
          path="summary"
          label={t('summary')}
          hint={t('summaryHint')}
          value={draft.summary}
          onChange={(summary) => update({ summary })}
          maxLength={20_000}
          rows={4}
        />
        {caseworkers.length > 0 ? (
          <CheckGroup
            path="assigneeIds"
            legend={t('assignees')}
            options={caseworkers.map((member) => ({ value: member.id, label: member.displayName }))}
            value={draft.assigneeIds}
            onChange={(assigneeIds) => update({ assigneeIds })}
          />
        ) : null}
        {lawyers.length > 0 ? (
          <SelectField
            path="lawyerId"
            label={t('lawyer')}
            value={draft.lawyerId}
            onChange={(lawyerId) => update({ lawyerId })}
            options={[
              { value: '', label: t('noLawyer') },
              ...lawyers.map((m) => ({ value: m.id, label: m.displayName })),
            ]}
          />
        ) : null}
        {staff === null ? <p className="text-sm text-ink-soft">{t('assignedNote')}</p> : null}
      </FormCard>
    </FormFrame>
  );
}
