import Link from 'next/link';
import { useTranslations } from 'next-intl';
import {
  MULTI_KEYS,
  SINGLE_KEYS,
  filterToQuery,
  without,
  type FilterValues,
  type MultiKey,
  type SingleKey,
} from '@/lib/incidents/filter-query';
import { CopyLinkButton } from './copy-link-button';

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

/**
 * The active filter as removable chips, with a "copy link" button: the URL is the saved filter.
 * `labels` maps term and site ids to names.
 */
export function FilterChips({
  filter,
  labels,
  basePath,
}: {
  filter: FilterValues;
  labels: Map<string, string>;
  basePath: string;
}) {
  const t = useTranslations('incidentFilters');
  const te = useTranslations('incidentEnums');
  const chips: { key: string; name: string; value: string; href: string }[] = [];
  const href = (next: FilterValues) => {
    const query = filterToQuery(next, { sort: true });
    return query ? `${basePath}?${query}` : basePath;
  };
  for (const key of SINGLE_KEYS) {
    const value = filter.single[key];
    if (value)
      chips.push({
        key: `${key}`,
        name: t(`chip.${key}`),
        value: valueLabel(key, value, labels, te),
        href: href(without(filter, key)),
      });
  }
  for (const key of MULTI_KEYS) {
    for (const value of filter.multi[key]) {
      chips.push({
        key: `${key}-${value}`,
        name: t(`chip.${key}`),
        value: valueLabel(key, value, labels, te),
        href: href(without(filter, key, value)),
      });
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="filter-chips">
      <h2 className="sr-only">{t('active')}</h2>
      {chips.length === 0 ? <p className="text-sm text-ink-soft">{t('none')}</p> : null}
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              prefetch={false}
              href={chip.href}
              className="inline-flex min-h-9 items-center gap-1 rounded-full border border-line-strong bg-muted px-3 text-sm hover:bg-surface"
              aria-label={t('removeChip', { name: chip.name, value: chip.value })}
            >
              <span className="text-ink-soft">{chip.name}:</span> <span>{chip.value}</span>
              <span aria-hidden="true" className="ms-1 font-bold">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <CopyLinkButton />
    </div>
  );
}
