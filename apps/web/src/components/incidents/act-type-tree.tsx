import { useTranslations } from 'next-intl';
import type { TermGroup } from '@/lib/incidents/terms';
import { CheckRow, FilterChecks } from './filter-checks';

/**
 * The act-type tree as nested checkboxes: ticking a parent ("Tear gas / pepper spray") matches all
 * of its children on the server, so a lawyer need not tick each kind of gassing.
 */
export function ActTypeTree({ groups, selected }: { groups: TermGroup[]; selected: readonly string[] }) {
  const t = useTranslations('incidentFilters');
  return (
    <FilterChecks name="actTypeId" legend={t('actTypes')} options={[]} selected={selected}>
      <p className="text-xs text-ink-soft">{t('actTypesHint')}</p>
      <ul className="flex flex-col gap-1" data-testid="act-type-tree">
        {groups.map((group) => (
          <li key={group.term.id}>
            <CheckRow
              name="actTypeId"
              option={{ value: group.term.id, label: group.term.label }}
              checked={selected.includes(group.term.id)}
              className="font-semibold"
            />
            {group.children.length > 0 ? (
              <ul className="ms-7 flex flex-col border-s border-line ps-2">
                {group.children.map((child) => (
                  <li key={child.id}>
                    <CheckRow
                      name="actTypeId"
                      option={{ value: child.id, label: child.label }}
                      checked={selected.includes(child.id)}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </FilterChecks>
  );
}
