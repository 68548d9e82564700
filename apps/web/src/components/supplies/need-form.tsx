'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createSupplyRecord } from '@/app/(app)/supplies/actions';
import { updateNeedAction } from '@/app/(app)/supplies/needs/actions';
import { AreaField, TextField } from '@/components/incident-form/form-fields';
import { NEW_NEED, needBody, type NeedDraft } from '@/lib/supplies/need-draft';
import { SiteField, type SiteChoice } from './site-field';
import { FormFrame } from './form-frame';
import { ItemLines } from './item-lines';
import { useSubmission } from './use-submission';

/**
 * What a site or a partner asks for, and by when; coordinators then see it against stock. With
 * `editing`, an open need changed over the version its page showed (a 409 offers to reload).
 */
export function NeedForm({
  sites,
  editing,
}: {
  sites: SiteChoice[] | null;
  editing?: { id: string; version: number; initial: NeedDraft };
}) {
  const t = useTranslations('suppliesNeeds');
  const router = useRouter();
  const [draft, setDraft] = useState(editing?.initial ?? NEW_NEED);
  const change = (update: Partial<NeedDraft>) => setDraft((current) => ({ ...current, ...update }));
  const submission = useSubmission((key, body) =>
    editing ? updateNeedAction(editing.id, body) : createSupplyRecord('need', key, body),
  );

  const send = async () => {
    const result = await submission.submit(needBody(draft, editing?.version));
    if (result?.status === 'success' && result.data) router.push(result.data.href);
  };

  return (
    <FormFrame
      prefix="need"
      submission={submission}
      submitLabel={editing ? t('saveChanges') : t('save')}
      pendingLabel={t('saving')}
      onSubmit={() => void send()}
      reloadHref={editing ? `/supplies/needs/${editing.id}/edit` : undefined}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SiteField
          sites={sites}
          value={draft.siteId}
          onChange={(siteId) => change({ siteId })}
          label={t('site')}
          none={t('noSite')}
        />
        <TextField
          path="partner"
          label={t('partner')}
          hint={t('partnerHint')}
          value={draft.partner}
          onChange={(partner) => change({ partner })}
          maxLength={200}
        />
      </div>
      <TextField
        path="neededBy"
        type="date"
        label={t('neededBy')}
        value={draft.neededBy}
        onChange={(neededBy) => change({ neededBy })}
        required
      />
      <ItemLines
        source={{ kind: 'catalogue' }}
        idPrefix="need"
        lines={draft.lines}
        onChange={(lines) => change({ lines })}
        expiry="none"
      />
      <AreaField
        path="note"
        label={t('note')}
        value={draft.note}
        onChange={(note) => change({ note })}
        maxLength={2_000}
        rows={2}
      />
    </FormFrame>
  );
}
