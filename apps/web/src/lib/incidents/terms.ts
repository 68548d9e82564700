/** Vocabulary terms as the dashboard's components use them: one label, in the reader's language. */
export interface TermOption {
  id: string;
  label: string;
  parentId: string | null;
}

/** A top-level act type with its children (the vocabulary is a two-level tree). */
export interface TermGroup {
  term: TermOption;
  children: TermOption[];
}

export interface Vocabulary {
  actTypes: TermGroup[];
  forces: TermOption[];
  propertyTypes: TermOption[];
  /** Every term's label by id, deactivated ones included: old records still name them. */
  labels: Record<string, string>;
}

/** labelFr for French readers, labelEn for everyone else (the API has no other languages yet). */
export function termLabel(term: { labelEn: string; labelFr: string }, locale: string): string {
  return locale === 'fr' ? term.labelFr : term.labelEn;
}

export function labelMap(vocabulary: Vocabulary): Map<string, string> {
  return new Map(Object.entries(vocabulary.labels));
}
