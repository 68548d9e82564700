'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { revealPersonalAction, type Personal } from '@/app/(app)/cases/people/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormFeedback } from '@/components/ui/form-feedback';
import type { FormState } from '@/lib/form-state';
import { PersonalForm } from './personal-form';

/**
 * Personal details stay hidden until asked for: the button calls the API's audited read (the notice
 * says so), and the values live only in this page's memory. Editing them needs them revealed first.
 */
export function PersonalReveal({
  personId,
  version,
  fieldsSet,
  canWrite,
}: {
  personId: string;
  version: number;
  fieldsSet: readonly string[];
  canWrite: boolean;
}) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const [state, setState] = useState<FormState<Personal> | null>(null);
  const [pending, startTransition] = useTransition();
  const personal = state?.status === 'success' ? state.data : undefined;
  const reveal = () => startTransition(async () => setState(await revealPersonalAction(personId)));

  // Nothing to decrypt: no reveal (and no logged read), only a way to record details.
  if (fieldsSet.length === 0 && !personal) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-ink-soft">{t('noPersonalFields')}</p>
        {canWrite ? (
          <PersonalForm personId={personId} version={version} personal={{}} onSaved={() => setState(null)} />
        ) : null}
      </div>
    );
  }
  if (!personal) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-ink-soft">
          {t('fieldsSet', {
            fields: fieldsSet.map((field) => t(`field.${field}` as 'field.legalName')).join(', '),
          })}
        </p>
        <p className="text-sm">{t('revealNotice')}</p>
        {state ? <FormFeedback state={state} /> : null}
        <div>
          <Button
            variant="primary"
            onClick={reveal}
            disabled={pending}
            aria-busy={pending || undefined}
            data-testid="reveal-personal"
          >
            {t('reveal')}
          </Button>
        </div>
      </div>
    );
  }
  const shown: [string, string][] = [
    [t('legalName'), personal.legalName ?? '—'],
    [t('dateOfBirth'), personal.dateOfBirth ?? '—'],
    [
      t('contacts'),
      personal.contacts?.map((c) => `${te(`contactKind.${c.kind}`)}: ${c.value}`).join('\n') || '—',
    ],
    [t('notes'), personal.notes ?? '—'],
  ];
  return (
    <div className="flex flex-col gap-3" data-testid="personal-revealed">
      <Alert tone="warning">{t('revealedNotice')}</Alert>
      <dl className="grid gap-3 sm:grid-cols-2">
        {shown.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-ink-soft">{label}</dt>
            <dd className="whitespace-pre-line" dir="auto">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setState(null)} data-testid="hide-personal">
          {t('hide')}
        </Button>
      </div>
      {canWrite ? (
        <PersonalForm
          personId={personId}
          version={version}
          personal={personal}
          onSaved={() => setState(null)}
        />
      ) : null}
    </div>
  );
}
