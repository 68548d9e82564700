'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import type { WireGroup, WireHit } from './use-search';

export const optionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`;

function HitText({ hit }: { hit: WireHit }) {
  const t = useTranslations('search');
  const format = useFormatter();
  const locale = useLocale();
  const details = [
    hit.at ? format.dateTime(new Date(hit.at), { dateStyle: 'medium' }) : null,
    hit.badge ? t(`badges.${hit.badge}`) : null,
    hit.secondary || null,
  ].filter(Boolean);
  return (
    <>
      <span className="block truncate font-semibold">
        {locale === 'fr' && hit.labelFr ? hit.labelFr : hit.label}
      </span>
      {details.length > 0 && (
        <span className="block truncate text-sm text-ink-soft">{details.join(' · ')}</span>
      )}
    </>
  );
}

/**
 * The hits as one listbox of labelled groups (the ARIA pattern for grouped options). The input keeps
 * the focus; the active option is announced through aria-activedescendant and chosen with Enter, or
 * with a click or tap.
 */
export function SearchResults({
  id,
  label,
  groups,
  active,
  onChoose,
}: {
  id: string;
  label: string;
  groups: WireGroup[];
  active: number;
  onChoose: (hit: WireHit) => void;
}) {
  const t = useTranslations('search');
  // Options are numbered across groups: arrows run through every group in turn.
  const firsts = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.hits.length, 0));
  return (
    <div
      role="listbox"
      id={id}
      aria-label={label}
      className="flex flex-col gap-3"
      data-testid="search-results"
    >
      {groups.map((group, g) => (
        <ul
          key={group.module}
          role="group"
          aria-labelledby={`${id}-${group.module}`}
          data-testid="search-group"
          data-module={group.module}
        >
          <li
            role="presentation"
            id={`${id}-${group.module}`}
            className="px-3 pb-1 text-xs font-bold tracking-wide text-ink-soft uppercase"
          >
            {t(`groups.${group.module}`)}
          </li>
          {group.hits.map((hit, h) => {
            const index = (firsts[g] ?? 0) + h;
            const selected = index === active;
            return (
              <li
                key={hit.id}
                id={optionId(id, index)}
                role="option"
                aria-selected={selected}
                data-testid="search-hit"
                data-path={hit.path}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChoose(hit)}
                className={cx(
                  'min-h-11 cursor-pointer rounded-md px-3 py-2',
                  selected ? 'bg-brand text-white [&_.text-ink-soft]:text-white' : 'hover:bg-muted',
                )}
              >
                <HitText hit={hit} />
              </li>
            );
          })}
        </ul>
      ))}
    </div>
  );
}
