'use client';

import { useTimeZone, useTranslations } from 'next-intl';
import { useCallback, useState, useTransition, type FormEvent } from 'react';
import { saveIncidentAction } from '@/app/(app)/incidents/form-actions';
import { ButtonLink } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/form-state';
import { draftToBody } from '@/lib/incidents/form-body';
import type { IncidentDraft } from '@/lib/incidents/form-model';
import type { SiteOption } from '@/lib/incidents/sites';
import { labelMap, type Vocabulary } from '@/lib/incidents/terms';
import { ActsSection } from './acts-section';
import { DetailsSection, EssentialsSection } from './essentials-section';
import { ErrorSummary } from './error-summary';
import { FieldErrors } from './form-fields';
import { FollowUpsSection } from './follow-ups-section';
import { PerpetratorsSection } from './perpetrators-section';
import { VictimsSection } from './victims-section';
import { WitnessesSection } from './witnesses-section';

/**
 * Create and edit an incident. The whole record lives in React state and is sent as one request;
 * on a refusal the state stays as typed and each API error is shown beside its field, so an
 * observer loses nothing. Works on a 375 px screen: one column, sections folded until used.
 */
export function IncidentForm({
  initial,
  incidentId,
  version,
  vocabulary,
  sites,
  canSeeContacts,
  cancelHref,
}: {
  initial: IncidentDraft;
  incidentId: string | null;
  version: number | null;
  vocabulary: Vocabulary;
  sites: SiteOption[] | null;
  canSeeContacts: boolean;
  cancelHref: string;
}) {
  const t = useTranslations('incidentForm');
  const te = useTranslations('incidentEnums');
  const timeZone = useTimeZone() ?? 'UTC';
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();
  const labels = labelMap(vocabulary);
  const patch = (change: Partial<IncidentDraft>) => setDraft((current) => ({ ...current, ...change }));

  const errorFor = useCallback(
    (path: string) => {
      const errors = state.fieldErrors ?? {};
      if (errors[path]) return errors[path];
      const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
      return nested ? errors[nested] : undefined;
    },
    [state],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await saveIncidentAction({
        id: incidentId,
        version,
        body: draftToBody(draft, timeZone),
      });
      // Only failures come back: success redirects to the record.
      setState(result);
      if (result.status === 'error') window.scrollTo({ top: 0 });
    });
  };

  return (
    <FieldErrors.Provider value={errorFor}>
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-4"
        data-testid="incident-form"
        aria-busy={pending || undefined}
      >
        <ErrorSummary state={state} reloadHref={incidentId ? `/incidents/${incidentId}/edit` : null} />
        <EssentialsSection draft={draft} sites={sites} onChange={patch} />
        <DetailsSection draft={draft} onChange={patch} />
        <ActsSection
          draft={draft}
          vocabulary={vocabulary}
          forceLabel={(id) => labels.get(id) ?? id}
          onChange={(acts) => patch({ acts })}
        />
        <VictimsSection rows={draft.victims} onChange={(victims) => patch({ victims })} />
        <PerpetratorsSection
          rows={draft.perpetrators}
          forces={vocabulary.forces}
          onChange={(perpetrators) => patch({ perpetrators })}
        />
        <WitnessesSection
          rows={draft.witnesses}
          canSeeContacts={canSeeContacts}
          onChange={(witnesses) => patch({ witnesses })}
        />
        <FollowUpsSection rows={draft.followUps} onChange={(followUps) => patch({ followUps })} />
        {/* Always within reach on a phone: one compact row stuck to the bottom of the screen. */}
        <div className="sticky bottom-0 z-10 -mx-3 flex items-end gap-2 border-t border-line bg-surface px-3 py-2 sm:mx-0 sm:rounded-lg sm:border">
          <div className="min-w-0 flex-1 sm:max-w-72">
            <Select
              name="status"
              id="incident-status"
              label={<span className="sr-only sm:not-sr-only">{t('status')}</span>}
              value={draft.status}
              onChange={(event) =>
                patch({ status: event.target.value === 'submitted' ? 'submitted' : 'draft' })
              }
              options={[
                { value: 'draft', label: te('status.draft') },
                { value: 'submitted', label: te('status.submitted') },
              ]}
            />
          </div>
          <SubmitButton disabled={pending} aria-busy={pending || undefined} data-testid="save-incident">
            {pending ? t('saving') : draft.status === 'draft' ? t('saveDraft') : t('save')}
          </SubmitButton>
        </div>
        <div>
          <ButtonLink href={cancelHref} variant="ghost">
            {t('cancel')}
          </ButtonLink>
        </div>
      </form>
    </FieldErrors.Provider>
  );
}
