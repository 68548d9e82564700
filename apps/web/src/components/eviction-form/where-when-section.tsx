'use client';

import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/incident-form/form-fields';
import { FormCard } from '@/components/ui/form-card';
import type { EvictionDraft } from '@/lib/evictions/form-model';
import type { SiteOption } from '@/lib/incidents/sites';
import { ChoiceField } from './choice-field';
import { triOptions } from './tri-options';

type Patch = (patch: Partial<EvictionDraft>) => void;

/** What the record needs before it can exist on the server: the site and when it started. */
export function WhereWhenSection({
  draft,
  sites,
  onChange,
}: {
  draft: EvictionDraft;
  sites: SiteOption[];
  onChange: Patch;
}) {
  const t = useTranslations('evictionForm');
  const te = useTranslations('evictionEnums');
  return (
    <FormCard id="where-when-title" title={t('whereWhen')}>
      <SelectField
        path="siteId"
        label={t('site')}
        hint={t('siteHint')}
        value={draft.siteId}
        onChange={(siteId) => onChange({ siteId })}
        options={[
          { value: '', label: t('chooseSite') },
          ...sites.map((site) => ({ value: site.id, label: site.label })),
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path="startAt"
          type="datetime-local"
          label={t('startAt')}
          value={draft.startAt}
          onChange={(startAt) => onChange({ startAt })}
          required
        />
        <TextField
          path="endAt"
          type="datetime-local"
          label={t('endAt')}
          hint={t('endAtHint')}
          value={draft.endAt}
          onChange={(endAt) => onChange({ endAt })}
        />
      </div>
      <ChoiceField
        path="announced"
        label={t('announced')}
        value={draft.announced}
        options={triOptions(te)}
        onChange={(announced) => onChange({ announced })}
      />
      {draft.announced === 'yes' || draft.announcedHow ? (
        <TextField
          path="announcedHow"
          label={t('announcedHow')}
          hint={t('announcedHowHint')}
          value={draft.announcedHow}
          onChange={(announcedHow) => onChange({ announcedHow })}
          maxLength={500}
        />
      ) : null}
    </FormCard>
  );
}
