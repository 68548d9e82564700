import { FilterFrame } from '@/components/filters/filter-frame';
import { useTranslations } from 'next-intl';
import { FilterChecks, type CheckOption } from '@/components/incidents/filter-checks';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { EVICTION_STATUSES, LEGAL_BASES } from '@vigil/contracts/enums';
import type { EvictionFilterValues } from '@/lib/evictions/filter-query';

/**
 * The eviction filter as a plain GET form (works without JavaScript): the filtered view is a URL to
 * bookmark, share, or open in the patterns page or the dossier builder.
 */
export function EvictionFilterForm({
  filter,
  sites,
  forces,
  action,
  sort = true,
}: {
  filter: EvictionFilterValues;
  sites: CheckOption[];
  forces: CheckOption[];
  action: string;
  /** The patterns page has no order to choose. */
  sort?: boolean;
}) {
  const t = useTranslations('evictionFilters');
  const te = useTranslations('evictionEnums');
  const { multi, single } = filter;
  const yesNo = [
    { value: '', label: t('any') },
    { value: 'true', label: t('yes') },
    { value: 'false', label: t('no') },
  ];
  return (
    <FilterFrame
      action={action}
      label={t('label')}
      testId="eviction-filters"
      applyLabel={t('apply')}
      clearLabel={t('clear')}
      applyTestId="apply-eviction-filters"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Input name="from" id="ef-from" type="date" label={t('from')} defaultValue={single.from} />
        <Input name="to" id="ef-to" type="date" label={t('to')} defaultValue={single.to} />
        <div>
          <Input
            name="commune"
            id="ef-commune"
            label={t('commune')}
            defaultValue={multi.commune[0]}
            maxLength={120}
          />
          {multi.commune.slice(1).map((commune) => (
            <input key={commune} type="hidden" name="commune" value={commune} />
          ))}
        </div>
        {sort ? (
          <Select
            name="sort"
            id="ef-sort"
            label={t('sort')}
            defaultValue={filter.sort ?? 'start_desc'}
            options={[
              { value: 'start_desc', label: t('newestFirst') },
              { value: 'start_asc', label: t('oldestFirst') },
            ]}
          />
        ) : null}
      </div>
      <div className="grid items-start gap-3 md:grid-cols-2 xl:grid-cols-3">
        {sites.length > 0 ? (
          <FilterChecks name="siteId" legend={t('sites')} options={sites} selected={multi.siteId} />
        ) : null}
        <FilterChecks
          name="legalBasis"
          legend={t('legalBasis')}
          options={LEGAL_BASES.map((value) => ({ value, label: te(`legalBasis.${value}`) }))}
          selected={multi.legalBasis}
        />
        <FilterChecks name="forceId" legend={t('forces')} options={forces} selected={multi.forceId} />
        <FilterChecks
          name="status"
          legend={t('status')}
          options={EVICTION_STATUSES.map((value) => ({ value, label: te(`status.${value}`) }))}
          selected={multi.status}
        />
      </div>
      <div className="grid items-end gap-3 sm:grid-cols-3">
        <Select
          name="hasIncidents"
          id="ef-hasIncidents"
          label={t('hasIncidents')}
          defaultValue={single.hasIncidents ?? ''}
          options={yesNo}
        />
        <Select
          name="propertyDestroyed"
          id="ef-propertyDestroyed"
          label={t('propertyDestroyed')}
          defaultValue={single.propertyDestroyed ?? ''}
          options={yesNo}
        />
        <Checkbox
          id="ef-mine"
          name="mine"
          value="true"
          label={t('mine')}
          defaultChecked={single.mine === 'true'}
        />
      </div>
    </FilterFrame>
  );
}
