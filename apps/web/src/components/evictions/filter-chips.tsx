import { useTranslations } from 'next-intl';
import { ChipList } from '@/components/filters/chip-list';
import { evictionFilter, type EvictionFilterValues } from '@/lib/evictions/filter-query';

/** The active eviction filter as removable chips; `labels` maps site and force ids to names. */
export function EvictionFilterChips({
  filter,
  labels,
  basePath,
}: {
  filter: EvictionFilterValues;
  labels: Map<string, string>;
  basePath: string;
}) {
  const t = useTranslations('evictionFilters');
  const te = useTranslations('evictionEnums');
  const value = (key: string, raw: string) => {
    if (key === 'siteId' || key === 'forceId') return labels.get(raw) ?? raw;
    if (key === 'legalBasis' && te.has(`legalBasis.${raw}` as 'legalBasis.unknown'))
      return te(`legalBasis.${raw}` as 'legalBasis.unknown');
    if (key === 'status' && te.has(`status.${raw}` as 'status.draft'))
      return te(`status.${raw}` as 'status.draft');
    if (raw === 'true' || raw === 'false') return raw === 'true' ? t('yes') : t('no');
    return raw;
  };
  const chips = evictionFilter.chips(filter, basePath).map((chip) => ({
    key: `${chip.key}-${chip.value}`,
    name: t(`chip.${chip.key}`),
    value: value(chip.key, chip.value),
    href: chip.href,
  }));
  return <ChipList chips={chips} empty={t('none')} />;
}
