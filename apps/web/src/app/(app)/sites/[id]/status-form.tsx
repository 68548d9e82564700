'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SITE_STATUSES } from '@vigil/contracts/enums';
import { changeSiteStatusAction } from './actions';
import { SiteActionForm } from './site-action-form';

/** Coordinators record a transition: what, when (now if left empty) and why. */
export function StatusForm({ siteId, current }: { siteId: string; current: string }) {
  const t = useTranslations('siteDetail');
  const te = useTranslations('siteEnums');
  return (
    <SiteActionForm
      action={changeSiteStatusAction}
      siteId={siteId}
      title={t('changeStatus')}
      success={t('statusChanged')}
      submitLabel={t('recordStatus')}
      testId="status-form"
    >
      {({ error, typed }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Select
              name="status"
              id="status-new"
              label={t('newStatus')}
              defaultValue={typed('status') ?? current}
              error={error('status')}
              options={SITE_STATUSES.map((value) => ({ value, label: te(`status.${value}`) }))}
            />
            <Input
              name="at"
              id="status-at"
              type="datetime-local"
              label={t('when')}
              hint={t('whenHint')}
              defaultValue={typed('at')}
              error={error('at')}
            />
          </div>
          <Input
            name="note"
            id="status-note"
            label={t('note')}
            defaultValue={typed('note')}
            error={error('note')}
            maxLength={2000}
          />
        </>
      )}
    </SiteActionForm>
  );
}
