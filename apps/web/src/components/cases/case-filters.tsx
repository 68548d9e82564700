import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CASE_FLAG_SUGGESTIONS, CASE_STATUSES, CASE_TYPES } from '@vigil/contracts/enums';
import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { FoldMarker } from '@/components/ui/fold-marker';
import { Input } from '@/components/ui/input';
import { caseFilter, casesHref, isOn, toggleHref, type CaseFilterValues } from '@/lib/cases/list-filter';
import { useFlagLabel } from './case-badges';

type ChipKey = Parameters<typeof toggleHref>[1];

function Chip({
  filter,
  name,
  value,
  label,
}: {
  filter: CaseFilterValues;
  name: ChipKey;
  value: string;
  label: string;
}) {
  const on = isOn(filter, name, value);
  return (
    <li>
      <Link
        prefetch={false}
        href={toggleHref(filter, name, value)}
        aria-current={on ? 'true' : undefined}
        data-testid={`chip-${name}-${value}`}
        className={cx(
          'inline-flex min-h-9 items-center rounded-full border px-3 text-sm whitespace-nowrap',
          on ? 'border-brand bg-brand text-white' : 'border-line-strong bg-surface hover:bg-muted',
        )}
      >
        {label}
      </Link>
    </li>
  );
}

function ChipRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
      <span className="text-sm font-semibold text-ink-soft sm:w-28 sm:shrink-0">{label}</span>
      {/* One line that scrolls sideways on a phone, so the list starts within the first screen. */}
      <ul className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1 sm:flex-wrap sm:overflow-visible">
        {children}
      </ul>
    </div>
  );
}

/**
 * The list's filters: a search box (alias or reference) and chips that switch one value on or off.
 * Every state is a URL that keeps the chosen order; the page works without JavaScript.
 */
export function CaseFilters({ filter, allScope }: { filter: CaseFilterValues; allScope: boolean }) {
  const t = useTranslations('cases');
  const te = useTranslations('caseEnums');
  const flagLabel = useFlagLabel();
  const flags = [...new Set([...CASE_FLAG_SUGGESTIONS, ...(filter.single.flag ? [filter.single.flag] : [])])];
  const typesOn = filter.multi.type.length;
  // The search keeps every other filter: they travel as hidden fields.
  const kept = new URLSearchParams(
    caseFilter.toQuery({ ...filter, single: { ...filter.single, q: undefined } }, { sort: true }),
  );
  return (
    <div
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 print:hidden"
      data-testid="case-filters"
    >
      <form
        method="get"
        action="/cases"
        role="search"
        aria-label={t('searchLabel')}
        className="flex flex-wrap items-end gap-2"
      >
        {[...kept.entries()].map(([key, value], index) => (
          <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
        ))}
        <div className="min-w-0 flex-1">
          <Input
            name="q"
            id="case-q"
            type="search"
            label={t('search')}
            defaultValue={filter.single.q}
            maxLength={80}
          />
        </div>
        <button type="submit" className={buttonClasses('primary')} data-testid="case-search">
          {t('apply')}
        </button>
      </form>
      <ChipRow label={t('chips.status')}>
        {CASE_STATUSES.map((status) => (
          <Chip key={status} filter={filter} name="status" value={status} label={te(`status.${status}`)} />
        ))}
      </ChipRow>
      <ChipRow label={t('chips.flag')}>
        {flags.map((flag) => (
          <Chip key={flag} filter={filter} name="flag" value={flag} label={flagLabel(flag)} />
        ))}
        {allScope ? <Chip filter={filter} name="unassigned" value="true" label={t('unassigned')} /> : null}
      </ChipRow>
      <details className="group" open={typesOn > 0 || undefined}>
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-ink-soft">
          <FoldMarker />
          {t('chips.type')}
          {typesOn > 0 ? <span className="ms-2 font-normal">({typesOn})</span> : null}
        </summary>
        <ul className="flex flex-wrap gap-2 pt-1">
          {CASE_TYPES.map((type) => (
            <Chip key={type} filter={filter} name="type" value={type} label={te(`type.${type}`)} />
          ))}
        </ul>
      </details>
      {caseFilter.chips(filter, '/cases').some((chip) => chip.key !== 'scope') ? (
        <div>
          <Link
            prefetch={false}
            href={casesHref({
              multi: { status: [], type: [] },
              single: filter.single.scope === 'all' ? { scope: 'all' } : {},
              sort: filter.sort,
            })}
            className="text-sm text-brand underline underline-offset-2"
          >
            {t('clearFilters')}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
