import type { ExportLanguage } from '@vigil/contracts/enums';

/**
 * The language exports and dossiers are written in for a reader: French for a French reader, English
 * otherwise (the API writes its CSV headings and PDF wording in these two only).
 */
export function exportLanguageOf(locale: string): ExportLanguage {
  return locale === 'fr' ? 'fr' : 'en';
}

/** An export link's query string with `lang` added. */
export function withExportLanguage(query: string, language: ExportLanguage): string {
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `?${params.toString()}`;
}
