import { FilterFrame } from '@/components/filters/filter-frame';
import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SITE_STATUSES, SITE_TYPES } from '@vigil/contracts/enums';
import type { SiteFilterValues } from '@/lib/sites/filter-query';

/** A plain GET form over the registry: name or alias, commune, type, status; the table's order is kept. */
export function SiteFilterForm({
  filter,
  keep,
}: {
  filter: SiteFilterValues;
  keep?: Record<string, string>;
}) {
  const t = useTranslations('sites');
  const te = useTranslations('siteEnums');
  const { single } = filter;
  return (
    <FilterFrame
      action={'/sites'}
      keep={keep}
      label={t('filterLabel')}
      testId="site-filters"
      applyLabel={t('apply')}
      clearLabel={t('clear')}
      applyTestId="apply-site-filters"
      className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-5"
    >
      <Input name="q" id="sf-q" type="search" label={t('q')} defaultValue={single.q} maxLength={120} />
      <Input
        name="commune"
        id="sf-commune"
        label={t('commune')}
        defaultValue={single.commune}
        maxLength={120}
      />
      <Select
        name="type"
        id="sf-type"
        label={t('type')}
        defaultValue={single.type ?? ''}
        options={[
          { value: '', label: t('any') },
          ...SITE_TYPES.map((v) => ({ value: v, label: te(`type.${v}`) })),
        ]}
      />
      <Select
        name="status"
        id="sf-status"
        label={t('status')}
        defaultValue={single.status ?? ''}
        options={[
          { value: '', label: t('any') },
          ...SITE_STATUSES.map((v) => ({ value: v, label: te(`status.${v}`) })),
        ]}
      />
    </FilterFrame>
  );
}
