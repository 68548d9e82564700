import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { ReportFilter } from '@/lib/supplies/report-filter';

const WEEKS = ['4', '8', '12', '26', '52'];

/** The period and category of the reports, as a plain GET form (the view is a link to keep). */
export function ReportFilterForm({ filter }: { filter: ReportFilter }) {
  const t = useTranslations('suppliesReports');
  const te = useTranslations('suppliesEnums');
  return (
    <form
      method="get"
      action="/supplies/reports"
      role="search"
      aria-label={t('filterLabel')}
      className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <Select
        name="weeks"
        id="rf-weeks"
        label={t('weeks')}
        defaultValue={filter.weeks ?? '12'}
        options={WEEKS.map((value) => ({ value, label: t('lastWeeks', { weeks: Number(value) }) }))}
      />
      <Select
        name="category"
        id="rf-category"
        label={t('category')}
        defaultValue={filter.category ?? ''}
        options={[
          { value: '', label: t('allCategories') },
          ...SUPPLY_CATEGORIES.map((value) => ({ value, label: te(`category.${value}`) })),
        ]}
      />
      <Input name="from" id="rf-from" type="date" label={t('from')} defaultValue={filter.from} />
      <Input name="to" id="rf-to" type="date" label={t('to')} defaultValue={filter.to} />
      <button type="submit" className={buttonClasses('primary')}>
        {t('apply')}
      </button>
    </form>
  );
}
