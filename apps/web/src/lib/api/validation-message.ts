import type { ErrorDetail } from '@vigil/contracts';
import type { EnglishMessages } from '@/i18n/messages';

export type ValidationKey = keyof EnglishMessages['validation'];

/**
 * Which sentence of the `validation` catalogue says what a schema check refused (the API words it
 * in English), or undefined for a specific message (a service rule, a refine) to show as written.
 */
export function validationKey(detail: ErrorDetail): ValidationKey | undefined {
  const { issue, origin, limit, format } = detail;
  switch (issue) {
    case undefined:
      return undefined;
    case 'too_small':
      if (origin === 'string') return limit === 1 ? 'required' : 'tooShort';
      if (origin === 'array' || origin === 'set') return limit === 1 ? 'required' : 'tooFew';
      if (origin === 'date') return 'tooEarly';
      return limit === undefined ? 'invalid' : 'tooLow';
    case 'too_big':
      if (origin === 'string') return 'tooLong';
      if (origin === 'array' || origin === 'set') return 'tooMany';
      if (origin === 'date') return 'tooLate';
      return limit === undefined ? 'invalid' : 'tooHigh';
    case 'invalid_type':
      return 'invalidType';
    case 'invalid_format':
      if (format === 'email') return 'email';
      if (format === 'uuid' || format === 'guid') return 'reference';
      if (format === 'datetime' || format === 'date' || format === 'time') return 'date';
      return 'format';
    case 'invalid_value':
      return 'notAnOption';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalid';
  }
}
