import { useTranslations } from 'next-intl';
import { ChipList } from '@/components/filters/chip-list';
import {
  incidentFilter,
  type FilterValues,
  type MultiKey,
  type SingleKey,
} from '@/lib/incidents/filter-query';

type Translate = ReturnType<typeof useTranslations<'incidentEnums'>>;
type EnumKey = Parameters<Translate>[0];

/** The translation group of each enum-valued filter in the incidentEnums catalogue. */
const ENUM_GROUPS: Partial<Record<MultiKey | SingleKey, string>> = {
  rioShown: 'rio',
  victimFlag: 'victimFlag',
  verificationStatus: 'verification',
  sourceType: 'source',
  followUpStatus: 'followUpStatus',
  status: 'status',
};

function valueLabel(
  key: MultiKey | SingleKey,
  value: string,
  labels: Map<string, string>,
  te: Translate,
): string {
  if (key === 'actTypeId' || key === 'forceId' || key === 'siteId') return labels.get(value) ?? value;
  if (key === 'hasMedia') return te(value === 'true' ? 'media.with' : 'media.without');
  const group = ENUM_GROUPS[key];
  const messageKey = `${group}.${value}` as EnumKey;
  return group && te.has(messageKey) ? te(messageKey) : value;
}

function withParams(href: string, params: [string, string][]): string {
  if (params.length === 0) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${new URLSearchParams(params).toString()}`;
}

/** The active incident filter as removable chips. `labels` maps term and site ids to names. */
export function FilterChips({
  filter,
  labels,
  basePath,
  keep = [],
}: {
  filter: FilterValues;
  labels: Map<string, string>;
  basePath: string;
  /** Other parameters of the page that removing a chip keeps (the dossier's eviction part). */
  keep?: [string, string][];
}) {
  const t = useTranslations('incidentFilters');
  const te = useTranslations('incidentEnums');
  const chips = incidentFilter.chips(filter, basePath).map((chip) => ({
    key: `${chip.key}-${chip.value}`,
    name: t(`chip.${chip.key}`),
    value: valueLabel(chip.key, chip.value, labels, te),
    href: withParams(chip.href, keep),
  }));
  return <ChipList chips={chips} empty={t('none')} />;
}
