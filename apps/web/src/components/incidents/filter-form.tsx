import { FilterFrame } from '@/components/filters/filter-frame';
import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { FOLLOW_UP_STATUSES, INCIDENT_STATUSES, RIO_SHOWN, SOURCE_TYPES, VERIFICATION_STATUSES, VICTIM_FLAGS } from '@vigil/contracts/enums';
import type { FilterValues } from '@/lib/incidents/filter-query';
import type { Vocabulary } from '@/lib/incidents/terms';
import { ActTypeTree } from './act-type-tree';
import { FilterChecks, type CheckOption } from './filter-checks';

/**
 * A GET form: every filter is a query parameter, so the filtered view is a URL that can be
 * bookmarked, shared, or opened in the dossier builder. Works without JavaScript.
 */
export function IncidentFilterForm({
  filter,
  vocabulary,
  sites,
  action,
  hidden = [],
}: {
  filter: FilterValues;
  vocabulary: Vocabulary;
  sites: CheckOption[];
  action: string;
  /** Other parameters of the page to keep when the filter is applied (the dossier's eviction part). */
  hidden?: [string, string][];
}) {
  const t = useTranslations('incidentFilters');
  const te = useTranslations('incidentEnums');
  const { multi, single } = filter;
  const enumOptions = <V extends string>(values: readonly V[], label: (value: V) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  const communes = [...multi.commune, ''];
  return (
    <FilterFrame
      action={action}
      label={t('label')}
      testId="incident-filters"
      applyLabel={t('apply')}
      clearLabel={t('clear')}
      applyTestId="apply-filters"
    >
      {hidden.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Input name="q" id="f-q" type="search" label={t('q')} defaultValue={single.q} maxLength={200} />
        <Input name="from" id="f-from" type="date" label={t('from')} defaultValue={single.from} />
        <Input name="to" id="f-to" type="date" label={t('to')} defaultValue={single.to} />
        <div className="flex flex-col gap-2">
          {communes.map((value, index) => (
            <Input
              key={`${index}-${value}`}
              name="commune"
              id={index === 0 ? 'f-commune' : `f-commune-${index}`}
              label={index === 0 ? t('commune') : t('communeAnother')}
              defaultValue={value}
              maxLength={120}
            />
          ))}
        </div>
      </div>
      <div className="grid items-start gap-3 md:grid-cols-2 xl:grid-cols-3">
        <ActTypeTree groups={vocabulary.actTypes} selected={multi.actTypeId} />
        <FilterChecks
          name="forceId"
          legend={t('forces')}
          options={vocabulary.forces.map((force) => ({ value: force.id, label: force.label }))}
          selected={multi.forceId}
        />
        <FilterChecks
          name="verificationStatus"
          legend={t('verification')}
          options={enumOptions(VERIFICATION_STATUSES, (v) => te(`verification.${v}`))}
          selected={multi.verificationStatus}
        />
        <FilterChecks
          name="victimFlag"
          legend={t('victimFlags')}
          options={enumOptions(VICTIM_FLAGS, (v) => te(`victimFlag.${v}`))}
          selected={multi.victimFlag}
        />
        <FilterChecks
          name="rioShown"
          legend={t('rioShown')}
          options={enumOptions(RIO_SHOWN, (v) => te(`rio.${v}`))}
          selected={multi.rioShown}
        />
        <FilterChecks
          name="sourceType"
          legend={t('sourceType')}
          options={enumOptions(SOURCE_TYPES, (v) => te(`source.${v}`))}
          selected={multi.sourceType}
        />
        <FilterChecks
          name="followUpStatus"
          legend={t('followUpStatus')}
          options={enumOptions(FOLLOW_UP_STATUSES, (v) => te(`followUpStatus.${v}`))}
          selected={multi.followUpStatus}
        />
        <FilterChecks
          name="status"
          legend={t('status')}
          options={enumOptions(INCIDENT_STATUSES, (v) => te(`status.${v}`))}
          selected={multi.status}
        />
        {sites.length > 0 || multi.siteId.length > 0 ? (
          <FilterChecks name="siteId" legend={t('sites')} options={sites} selected={multi.siteId} />
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <Input
            name="unit"
            id="f-unit"
            label={t('unit')}
            hint={t('unitHint')}
            defaultValue={multi.unit[0]}
          />
          {/* Further units from a shared link stay in the filter (shown as chips above). */}
          {multi.unit.slice(1).map((unit) => (
            <input key={unit} type="hidden" name="unit" value={unit} />
          ))}
        </div>
        <Select
          name="hasMedia"
          id="f-hasMedia"
          label={t('hasMedia')}
          defaultValue={single.hasMedia ?? ''}
          options={[
            { value: '', label: t('any') },
            { value: 'true', label: t('withMedia') },
            { value: 'false', label: t('withoutMedia') },
          ]}
        />
        <Select
          name="sort"
          id="f-sort"
          label={t('sort')}
          defaultValue={filter.sort ?? 'start_desc'}
          options={[
            { value: 'start_desc', label: t('newestFirst') },
            { value: 'start_asc', label: t('oldestFirst') },
          ]}
        />
      </div>
    </FilterFrame>
  );
}
