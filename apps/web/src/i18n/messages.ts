import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import fr from '../../messages/fr.json';
import type { Locale } from './locales';

type Messages = { [key: string]: string | Messages };

const CATALOGUES: Record<Locale, Messages> = { en, fr, ar, fa };

/** Every key missing from a partial translation falls back to the English text. */
function mergeOver(base: Messages, override: Messages): Messages {
  const result: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] =
      typeof value === 'object' && typeof current === 'object' ? mergeOver(current, value) : value;
  }
  return result;
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : mergeOver(en, CATALOGUES[locale]);
}
