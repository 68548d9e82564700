import casesAr from '../../messages/cases/ar.json';
import casesEn from '../../messages/cases/en.json';
import casesFa from '../../messages/cases/fa.json';
import casesFr from '../../messages/cases/fr.json';
import coreAr from '../../messages/core/ar.json';
import coreEn from '../../messages/core/en.json';
import coreFa from '../../messages/core/fa.json';
import coreFr from '../../messages/core/fr.json';
import homeAr from '../../messages/home/ar.json';
import homeEn from '../../messages/home/en.json';
import homeFa from '../../messages/home/fa.json';
import homeFr from '../../messages/home/fr.json';
import searchAr from '../../messages/search/ar.json';
import searchEn from '../../messages/search/en.json';
import searchFa from '../../messages/search/fa.json';
import searchFr from '../../messages/search/fr.json';
import sitesAr from '../../messages/sites/ar.json';
import sitesEn from '../../messages/sites/en.json';
import sitesFa from '../../messages/sites/fa.json';
import sitesFr from '../../messages/sites/fr.json';
import suppliesAr from '../../messages/supplies/ar.json';
import suppliesEn from '../../messages/supplies/en.json';
import suppliesFa from '../../messages/supplies/fa.json';
import suppliesFr from '../../messages/supplies/fr.json';
import uiAr from '../../messages/ui/ar.json';
import uiEn from '../../messages/ui/en.json';
import uiFa from '../../messages/ui/fa.json';
import uiFr from '../../messages/ui/fr.json';
import type { Locale } from './locales';

type Messages = { [key: string]: string | Messages };

/**
 * One folder of catalogues per module (`messages/<module>/<locale>.json`) so modules add their
 * screens' strings without touching each other's files. English and French are complete for every
 * module; Arabic and Persian may be partial. Namespaces must not repeat across modules.
 */
const en = { ...coreEn, ...searchEn, ...sitesEn, ...suppliesEn, ...casesEn, ...homeEn, ...uiEn };
const fr: Messages = { ...coreFr, ...searchFr, ...sitesFr, ...suppliesFr, ...casesFr, ...homeFr, ...uiFr };
const ar: Messages = { ...coreAr, ...searchAr, ...sitesAr, ...suppliesAr, ...casesAr, ...homeAr, ...uiAr };
const fa: Messages = { ...coreFa, ...searchFa, ...sitesFa, ...suppliesFa, ...casesFa, ...homeFa, ...uiFa };

/** The reference catalogue: `src/types/next-intl.d.ts` types every `t()` call with it. */
export type EnglishMessages = typeof en;

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
