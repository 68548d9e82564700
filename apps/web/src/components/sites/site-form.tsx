'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useRef, useState, useTransition, type FormEvent } from 'react';
import { saveSiteAction } from '@/app/(app)/sites/form-actions';
import {
  AreaField,
  FieldErrors,
  FieldIdPrefix,
  SelectField,
  TextField,
} from '@/components/incident-form/form-fields';
import { ButtonLink } from '@/components/ui/button';
import { FoldSection } from '@/components/ui/fold-section';
import { FormCard } from '@/components/ui/form-card';
import { FormFeedback } from '@/components/ui/form-feedback';
import { StaleEditAlert } from '@/components/ui/stale-edit-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { newIdempotencyKey } from '@/lib/drafts/local-store';
import { IDLE, type FormState } from '@/lib/form-state';
import { SITE_OWNER_TYPES, SITE_STATUSES, SITE_TYPES } from '@vigil/contracts/enums';
import { siteDraftToBody, type SiteDraft } from '@/lib/sites/form-model';

const PLACE: (keyof SiteDraft)[] = ['address', 'latitude', 'longitude'];
const LEGAL: (keyof SiteDraft)[] = [
  'evictionOrderRef',
  'evictionOrderDate',
  'courtProceedings',
  'winterTruceApplies',
];
const TEXTS: (keyof SiteDraft)[] = ['needs', 'notes'];

/**
 * Register or edit a site (coordinators). One request on save; on a refusal the state stays as
 * typed and each API error is shown beside its field. One column on a phone, the optional parts
 * folded until used (or until an error points into them).
 */
export function SiteForm({
  initial,
  site,
}: {
  initial: SiteDraft;
  /** The site being edited, at the version the form was opened on; null to register one. */
  site: { id: string; version: number } | null;
}) {
  const t = useTranslations('siteForm');
  const te = useTranslations('siteEnums');
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();
  // One Idempotency-Key per registration attempt: a resent form (same fields) never registers twice.
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  const errorFor = useCallback((path: string) => state.fieldErrors?.[path], [state]);
  const field = (name: keyof SiteDraft) => ({
    path: name,
    value: draft[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
  });
  const open = (names: (keyof SiteDraft)[]) => names.some((name) => draft[name] !== '' || errorFor(name));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(async () => {
      // Only failures come back: success redirects to the site.
      const body = siteDraftToBody(draft, site === null);
      const signature = JSON.stringify(body);
      if (attempt.current?.signature !== signature)
        attempt.current = { signature, key: newIdempotencyKey('site') };
      const result = await saveSiteAction(
        site
          ? { id: site.id, body: { ...body, version: site.version } }
          : { id: null, body, idempotencyKey: attempt.current.key },
      );
      setState(result);
      if (result.status === 'error') window.scrollTo({ top: 0 });
    });
  };

  return (
    <FieldIdPrefix.Provider value="site">
      <FieldErrors.Provider value={errorFor}>
        <form
          onSubmit={submit}
          noValidate
          className="flex flex-col gap-4"
          data-testid="site-form"
          aria-busy={pending || undefined}
        >
          {state.status === 'error' && state.code === 'CONFLICT' && site ? (
            <StaleEditAlert
              title={t('conflictTitle')}
              body={t('conflictBody')}
              reloadLabel={t('reload')}
              reloadHref={`/sites/${site.id}/edit`}
            />
          ) : (
            <FormFeedback state={state} />
          )}
          <FormCard id="site-essentials" title={t('essentials')}>
            <TextField {...field('name')} label={t('name')} maxLength={200} required />
            <TextField {...field('aliases')} label={t('aliases')} hint={t('aliasesHint')} />
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField
                {...field('type')}
                label={t('type')}
                options={SITE_TYPES.map((value) => ({ value, label: te(`type.${value}`) }))}
              />
              {site === null ? (
                <SelectField
                  {...field('status')}
                  label={t('status')}
                  hint={t('statusHint')}
                  options={SITE_STATUSES.map((value) => ({ value, label: te(`status.${value}`) }))}
                />
              ) : null}
              <TextField {...field('commune')} label={t('commune')} maxLength={120} required />
              <TextField {...field('area')} label={t('area')} hint={t('areaHint')} maxLength={200} />
            </div>
          </FormCard>
          <FoldSection title={t('placeTitle')} open={open(PLACE)} testId="section-place">
            <div className="flex flex-col gap-3 px-4 pb-4">
              <p className="text-sm text-ink-soft">{t('placeHint')}</p>
              <TextField {...field('address')} label={t('address')} maxLength={300} />
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField {...field('latitude')} label={t('latitude')} inputMode="decimal" />
                <TextField {...field('longitude')} label={t('longitude')} inputMode="decimal" />
              </div>
            </div>
          </FoldSection>
          <FoldSection title={t('legalTitle')} open={open(LEGAL)} testId="section-legal">
            <div className="flex flex-col gap-3 px-4 pb-4">
              <SelectField
                {...field('ownerType')}
                label={t('owner')}
                options={SITE_OWNER_TYPES.map((value) => ({ value, label: te(`owner.${value}`) }))}
              />
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField {...field('evictionOrderRef')} label={t('orderRef')} maxLength={200} />
                <TextField {...field('evictionOrderDate')} label={t('orderDate')} type="date" />
              </div>
              <AreaField {...field('courtProceedings')} label={t('court')} rows={3} maxLength={5000} />
              <SelectField
                {...field('winterTruceApplies')}
                label={t('winterTruce')}
                options={[
                  { value: '', label: t('notKnown') },
                  { value: 'yes', label: t('yes') },
                  { value: 'no', label: t('no') },
                ]}
              />
            </div>
          </FoldSection>
          <FoldSection title={t('notesTitle')} open={open(TEXTS)} testId="section-notes">
            <div className="flex flex-col gap-3 px-4 pb-4">
              <AreaField {...field('needs')} label={t('needs')} rows={3} maxLength={5000} />
              <AreaField {...field('notes')} label={t('notes')} rows={4} maxLength={20000} />
            </div>
          </FoldSection>
          <div className="flex flex-wrap items-center gap-2">
            <SubmitButton disabled={pending} aria-busy={pending || undefined} data-testid="save-site">
              {pending ? t('saving') : t('save')}
            </SubmitButton>
            <ButtonLink href={site ? `/sites/${site.id}` : '/sites'} variant="ghost">
              {t('cancel')}
            </ButtonLink>
          </div>
        </form>
      </FieldErrors.Provider>
    </FieldIdPrefix.Provider>
  );
}
