import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { StockLocation } from '@/lib/supplies/fetch';
import type { StockFilterValues } from '@/lib/supplies/overview-query';

/** Where, which category, a name: a plain GET form, so a view is a link to keep (works without JavaScript). */
export function StockFilterForm({
  filter,
  locations,
}: {
  filter: StockFilterValues;
  locations: StockLocation[];
}) {
  const t = useTranslations('supplies');
  const te = useTranslations('suppliesEnums');
  const { single } = filter;
  return (
    <form
      method="get"
      action="/supplies"
      role="search"
      aria-label={t('filterLabel')}
      data-testid="stock-filters"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
    >
      {/* The table's order survives a new filter. */}
      {filter.sort ? <input type="hidden" name="sort" value={filter.sort} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          name="locationId"
          id="sf-location"
          label={t('location')}
          defaultValue={single.locationId ?? ''}
          options={[
            { value: '', label: t('allLocations') },
            ...locations.map((location) => ({
              value: location.id,
              label: `${location.name} (${te(`locationKind.${location.kind}`)})`,
            })),
          ]}
        />
        <Select
          name="category"
          id="sf-category"
          label={t('category')}
          defaultValue={single.category ?? ''}
          options={[
            { value: '', label: t('allCategories') },
            ...SUPPLY_CATEGORIES.map((value) => ({ value, label: te(`category.${value}`) })),
          ]}
        />
        <Input name="q" id="sf-q" type="search" label={t('search')} defaultValue={single.q} maxLength={100} />
        <div className="flex flex-col justify-end">
          <Checkbox
            id="sf-low"
            name="lowOnly"
            value="true"
            label={t('lowOnly')}
            defaultChecked={single.lowOnly === 'true'}
          />
          <Checkbox
            id="sf-all"
            name="all"
            value="true"
            label={t('withEmpty')}
            defaultChecked={single.all === 'true'}
          />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses('primary')} data-testid="apply-stock-filters">
          {t('apply')}
        </button>
        <a
          href={filter.sort ? `/supplies?sort=${filter.sort}` : '/supplies'}
          className={buttonClasses('secondary')}
        >
          {t('clear')}
        </a>
      </div>
    </form>
  );
}
