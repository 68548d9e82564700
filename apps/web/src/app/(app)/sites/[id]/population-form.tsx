'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { addPopulationAction } from './actions';
import { SiteActionForm } from './site-action-form';

const COUNTS = ['people', 'minors', 'women', 'families'] as const;
const LISTS = ['communities', 'languages'] as const;

/** Coordinators add a dated estimate: how many people, never who. */
export function PopulationForm({ siteId }: { siteId: string }) {
  const t = useTranslations('siteDetail');
  return (
    <SiteActionForm
      action={addPopulationAction}
      siteId={siteId}
      title={t('addPopulation')}
      hint={t('populationHint')}
      success={t('populationAdded')}
      submitLabel={t('savePopulation')}
      testId="population-form"
    >
      {({ error, typed }) => (
        <>
          <Input
            name="at"
            id="population-at"
            type="datetime-local"
            label={t('when')}
            hint={t('whenHint')}
            defaultValue={typed('at')}
            error={error('at')}
          />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {COUNTS.map((name) => (
              <Input
                key={name}
                name={name}
                id={`population-${name}`}
                type="number"
                inputMode="numeric"
                min={0}
                label={t(`count.${name}`)}
                defaultValue={typed(name)}
                error={error(name)}
                required={name === 'people'}
              />
            ))}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            {LISTS.map((name) => (
              <Input
                key={name}
                name={name}
                id={`population-${name}`}
                label={t(name)}
                hint={t('listHint')}
                defaultValue={typed(name)}
                error={error(name)}
              />
            ))}
          </div>
        </>
      )}
    </SiteActionForm>
  );
}
