export const VOCABULARY_KINDS = ['act_type', 'force', 'property_type'] as const;
