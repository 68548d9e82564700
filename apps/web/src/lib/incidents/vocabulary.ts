import { vocabularyListResponseSchema, type VocabularyTermView } from '@vigil/contracts';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { api } from '@/lib/api/client';
import { termLabel, type TermGroup, type TermOption, type Vocabulary } from './terms';

function option(term: VocabularyTermView, locale: string): TermOption {
  return { id: term.id, label: termLabel(term, locale), parentId: term.parentId };
}

function byOrder(a: VocabularyTermView, b: VocabularyTermView): number {
  return a.sortOrder - b.sortOrder;
}

/**
 * Every term, fetched once per request and labelled in the reader's language. Deactivated terms
 * are left out of pickers and filters but keep their labels, for the records that still use them.
 */
export const getVocabulary = cache(async (): Promise<Vocabulary> => {
  const [{ terms }, locale] = await Promise.all([
    api('/api/vocabularies', {
      schema: vocabularyListResponseSchema,
      query: { includeInactive: 'true' },
      context: 'page',
    }),
    getLocale(),
  ]);
  const sorted = terms.filter((term) => term.active).sort(byOrder);
  const actTypes = sorted.filter((term) => term.kind === 'act_type');
  const groups: TermGroup[] = actTypes
    .filter((term) => term.parentId === null)
    .map((parent) => ({
      term: option(parent, locale),
      children: actTypes
        .filter((child) => child.parentId === parent.id)
        .map((child) => option(child, locale)),
    }));
  return {
    actTypes: groups,
    forces: sorted.filter((term) => term.kind === 'force').map((term) => option(term, locale)),
    propertyTypes: sorted.filter((term) => term.kind === 'property_type').map((term) => option(term, locale)),
    labels: Object.fromEntries(terms.map((term) => [term.id, termLabel(term, locale)])),
  };
});
