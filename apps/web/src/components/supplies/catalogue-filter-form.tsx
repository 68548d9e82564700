import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { CatalogueQuery } from '@/lib/supplies/catalogue-query';

/** A name or code, a category, retired items or not: a plain GET form, so a view is a link to keep. */
export function CatalogueFilterForm({ query }: { query: CatalogueQuery }) {
  const t = useTranslations('suppliesCatalogue');
  const ts = useTranslations('supplies');
  const te = useTranslations('suppliesEnums');
  return (
    <form
      method="get"
      action="/supplies/items"
      role="search"
      aria-label={t('filterLabel')}
      data-testid="catalogue-filters"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
    >
      {/* The table's order survives a new filter. */}
      {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Input name="q" id="cf-q" type="search" label={t('search')} defaultValue={query.q} maxLength={100} />
        <Select
          name="category"
          id="cf-category"
          label={t('category')}
          defaultValue={query.category ?? ''}
          options={[
            { value: '', label: ts('allCategories') },
            ...SUPPLY_CATEGORIES.map((value) => ({ value, label: te(`category.${value}`) })),
          ]}
        />
        <div className="flex flex-col justify-end">
          <Checkbox
            id="cf-retired"
            name="includeInactive"
            value="true"
            label={t('includeRetired')}
            defaultChecked={query.includeInactive === 'true'}
          />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses('primary')} data-testid="apply-catalogue-filters">
          {t('apply')}
        </button>
        <a
          href={query.sort ? `/supplies/items?sort=${query.sort}` : '/supplies/items'}
          className={buttonClasses('secondary')}
        >
          {ts('clear')}
        </a>
      </div>
    </form>
  );
}
