import type { Locale } from '@vigil/contracts';
import type { EnglishMessages } from '../i18n/messages';

// English is the reference catalogue: a missing or misspelt key fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: EnglishMessages;
  }
}
