import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { CopyLinkButton } from '@/components/incidents/copy-link-button';

export interface Chip {
  key: string;
  name: string;
  value: string;
  /** The same list without this value. */
  href: string;
}

/**
 * The active filter as removable chips, with a "copy link" button: the URL is the saved filter.
 * `empty` says what an empty filter shows ("all incidents").
 */
export function ChipList({ chips, empty }: { chips: Chip[]; empty: string }) {
  const t = useTranslations('incidentFilters');
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="filter-chips">
      <h2 className="sr-only">{t('active')}</h2>
      {chips.length === 0 ? <p className="text-sm text-ink-soft">{empty}</p> : null}
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
