'use client';

import { useRouter } from 'next/navigation';
import { useTimeZone, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { AreaField, FieldErrors, FieldIdPrefix } from '@/components/incident-form/form-fields';
import { Button, ButtonLink } from '@/components/ui/button';
import { FoldSection } from '@/components/ui/fold-section';
import { SaveStatus } from '@/components/drafts/save-status';
import { ObservationLog, type LogEntry } from '@/components/evictions/observation-log';
import type { EvictionDraft } from '@/lib/evictions/form-model';
import type { SiteOption } from '@/lib/incidents/sites';
import type { TermOption } from '@/lib/incidents/terms';
import { ForcesSection } from './forces-section';
import { LegalSection, ObserversSection, PeopleSection } from './legal-people-sections';
import { PropertySection } from './property-section';
import { useDraftSync } from './use-draft-sync';
import { WhereWhenSection } from './where-when-section';

/** Fields each folded section holds: it opens when one of them has a value or an error. */
const SECTION_FIELDS = {
  forces: ['forces', 'bailiffPresent', 'otherActors'],
  legal: ['legalBasis', 'orderReference'],
  people: [
    'peopleAffected',
    'minorsAffected',
    'shelterOffered',
    'shelterWhere',
    'shelterAccepted',
    'idChecks',
    'arrests',
  ],
  observers: ['observersPresent', 'observersObstructed', 'observersDetained', 'toldToStopFilming'],
  notes: ['notes'],
} as const satisfies Record<string, readonly (keyof EvictionDraft)[]>;

const filled = (value: EvictionDraft[keyof EvictionDraft]) =>
  Array.isArray(value) ? value.length > 0 : value !== '' && value !== 'unknown';

/**
 * The legal observer's eviction form, made for a phone at dawn: one column, big targets, sections
 * folded until used, and saved after every change — on the server when it can be reached, else on
 * this device until the connection comes back (see useDraftSync). Submitting happens once, after the
 * last change is saved.
 */
export function EvictionForm({
  initial,
  evictionId,
  version,
  sites,
  forces,
  propertyTypes,
  keyMaterial,
  resumeKey,
  canSubmit,
  cancelHref,
  log,
}: {
  initial: EvictionDraft;
  evictionId: string | null;
  version: number | null;
  sites: SiteOption[];
  forces: TermOption[];
  propertyTypes: TermOption[];
  /** The session's key for the device copy (null: nothing is kept on the device). */
  keyMaterial: string | null;
  resumeKey: string | null;
  /** Only the author submits, and only a draft. */
  canSubmit: boolean;
  cancelHref: string;
  /** The observation log so far; it is shown once the record exists on the server. */
  log: LogEntry[];
}) {
  const t = useTranslations('evictionForm');
  const tSync = useTranslations('evictionForm.sync');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const sync = useDraftSync({
    initial,
    evictionId,
    version,
    keyMaterial,
    resumeKey,
    timeZone,
    // The address bar follows the record, so a reload opens it instead of a blank form.
    onCreated: (id) => window.history.replaceState(null, '', `/evictions/${id}/edit`),
    onSubmitted: (id) => router.push(`/evictions/${id}?submitted=1`),
  });
  const { draft, change, failure } = sync;
  const patch = useCallback((p: Partial<EvictionDraft>) => change((d) => ({ ...d, ...p })), [change]);
  const errors = failure?.fieldErrors ?? {};
  const errorFor = useCallback(
    (path: string) => errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1],
    [errors],
  );
  const open = (section: keyof typeof SECTION_FIELDS) =>
    SECTION_FIELDS[section].some((field) => filled(draft[field]) || errorFor(field) !== undefined);

  const recordIncident = async () => {
    await sync.flush();
    if (sync.evictionId) router.push(`/incidents/new?evictionId=${sync.evictionId}`);
  };

  return (
    <FieldIdPrefix.Provider value="eviction">
      <FieldErrors.Provider value={errorFor}>
        <div className="flex flex-col gap-4">
          <form
            id="eviction-form"
            onSubmit={(event) => {
              event.preventDefault();
              sync.submit();
            }}
            // Leaving a field saves at once, without waiting for the typing pause.
            onBlur={() => void sync.flush()}
            noValidate
            className="flex flex-col gap-4"
            data-testid="eviction-form"
          >
            <WhereWhenSection draft={draft} sites={sites} onChange={patch} />
            <ForcesSection draft={draft} forces={forces} open={open('forces')} onChange={patch} />
            <LegalSection draft={draft} open={open('legal')} onChange={patch} />
            <PeopleSection draft={draft} open={open('people')} onChange={patch} />
            <PropertySection
              rows={draft.property}
              propertyTypes={propertyTypes}
              onChange={(property) => patch({ property })}
            />
            <ObserversSection draft={draft} open={open('observers')} onChange={patch} />
            <FoldSection title={t('notes')} open={open('notes')} testId="section-notes">
              <div className="px-4 pb-4">
                <AreaField
                  path="notes"
                  label={t('notes')}
                  hint={t('notesHint')}
                  rows={5}
                  value={draft.notes}
                  onChange={(notes) => patch({ notes })}
                  maxLength={20_000}
                />
              </div>
            </FoldSection>
            <section
              className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4"
              aria-labelledby="violence"
            >
              <h2 id="violence" className="font-bold">
                {t('violenceTitle')}
              </h2>
              <p className="text-sm text-ink-soft">
                {sync.evictionId ? t('violenceHint') : t('violenceLater')}
              </p>
              <div>
                <Button
                  variant="secondary"
                  disabled={!sync.evictionId || sync.status === 'device'}
                  onClick={() => void recordIncident()}
                  data-testid="record-incident"
                >
                  {t('recordIncident')}
                </Button>
              </div>
            </section>
          </form>
          {sync.evictionId ? (
            <div className="rounded-lg border border-line bg-surface p-4 shadow-sm">
              <ObservationLog evictionId={sync.evictionId} initialEntries={log} canAppend />
            </div>
          ) : null}
          {/* Always within reach on a phone: where the record is, and the one button that matters. */}
          <div className="sticky bottom-0 z-10 -mx-3 flex flex-wrap items-center justify-between gap-3 border-t border-line bg-surface px-3 py-2 sm:mx-0 sm:rounded-lg sm:border">
            <SaveStatus
              t={tSync}
              status={sync.status}
              savedAt={sync.savedAt}
              localOk={sync.localOk}
              submitQueued={sync.submitQueued}
              failure={failure}
              reloadHref={sync.evictionId ? `/evictions/${sync.evictionId}/edit` : null}
            />
            {canSubmit ? (
              <Button
                type="submit"
                form="eviction-form"
                variant="primary"
                disabled={sync.submitQueued && sync.status !== 'invalid' && sync.status !== 'failed'}
                data-testid="submit-eviction"
              >
                {sync.submitQueued ? t('submitting') : t('submit')}
              </Button>
            ) : null}
          </div>
          <div>
            <ButtonLink href={cancelHref} variant="ghost">
              {t('leave')}
            </ButtonLink>
          </div>
        </div>
      </FieldErrors.Provider>
    </FieldIdPrefix.Provider>
  );
}
