'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { searchPeopleAction, type PersonChoice } from '@/app/(app)/cases/new/actions';
import { useFieldError } from '@/components/incident-form/form-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** Finds a registered person by alias; the case is then opened for them. */
export function PersonPicker({
  selected,
  onSelect,
}: {
  selected: { id: string; alias: string } | null;
  onSelect: (person: { id: string; alias: string } | null) => void;
}) {
  const t = useTranslations('caseNew');
  const te = useTranslations('caseEnums');
  const error = useFieldError('personId');
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PersonChoice[] | null | undefined>(undefined);
  const [pending, startTransition] = useTransition();
  const search = () => startTransition(async () => setResults(await searchPeopleAction(q)));

  if (selected) {
    return (
      <div className="flex flex-wrap items-center gap-3" data-testid="picked-person">
        <p>
          {t('pickedPerson')} <strong dir="auto">{selected.alias}</strong>
        </p>
        <Button variant="secondary" onClick={() => onSelect(null)}>
          {t('pickAnother')}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <Input
            name="personSearch"
            id="case-personId"
            type="search"
            label={t('searchPerson')}
            value={q}
            error={error}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                search();
              }
            }}
            maxLength={80}
          />
        </div>
        <Button variant="secondary" onClick={search} disabled={pending} aria-busy={pending || undefined}>
          {t('searchButton')}
        </Button>
      </div>
      {results === null ? <Alert tone="error">{t('searchFailed')}</Alert> : null}
      {results && results.length === 0 ? <p className="text-ink-soft">{t('noPeopleFound')}</p> : null}
      {results && results.length > 0 ? (
        <ul className="flex flex-col gap-2" data-testid="person-results">
          {results.map((person) => (
            <li key={person.id}>
              <Button variant="secondary" className="w-full justify-between" onClick={() => onSelect(person)}>
                <span dir="auto">{person.alias}</span>
                <span className="text-sm font-normal text-ink-soft">
                  {[
                    person.ageRange ? te(`ageRange.${person.ageRange}` as 'ageRange.age_18_24') : null,
                    t('openCases', { count: person.openCases }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
