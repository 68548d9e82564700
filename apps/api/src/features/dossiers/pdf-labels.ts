import type { ExportLanguage } from '@vigil/contracts';
import { EN, type PdfWords } from './pdf-words-en';
import { FR } from './pdf-words-fr';

export type { PdfWords };

/** The dossier's wording table in its language (pdf-words-en.ts, pdf-words-fr.ts). */
export function wordsFor(language: ExportLanguage | string): PdfWords {
  return language === 'fr' ? FR : EN;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (at: Date) => `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
const timeOf = (at: Date) => `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;

/** A date as precise as it was recorded, never more: ISO-like and in UTC in every language. */
export function whenText(at: Date, precision: string, w: PdfWords): string {
  switch (precision) {
    case 'unknown_month_and_day':
      return `${at.getUTCFullYear()} ${w.monthAndDayUnknown}`;
    case 'unknown_day':
      return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)} ${w.dayUnknown}`;
    case 'estimate':
      return `${w.about} ${dayOf(at)} ${timeOf(at)} UTC`;
    default:
      return `${dayOf(at)} ${timeOf(at)} UTC`;
  }
}

/** The chronology's shorter form: no zone (the column says UTC), `~` for an estimate. */
export function shortWhen(at: Date, precision: string, w: PdfWords): string {
  if (precision === 'estimate') return `~${dayOf(at)} ${timeOf(at)}`;
  return whenText(at, precision, w).replace(' UTC', '');
}

export function sizeText(bytes: number, w: PdfWords): string {
  const [b, kb, mb, gb] = w.sizeUnits;
  if (bytes < 1024) return `${bytes} ${b}`;
  if (bytes < 1024 ** 2) return `${w.decimal(bytes / 1024, 1)} ${kb}`;
  if (bytes < 1024 ** 3) return `${w.decimal(bytes / 1024 ** 2, 1)} ${mb}`;
  return `${w.decimal(bytes / 1024 ** 3, 2)} ${gb}`;
}

/** A share as a percentage with one decimal, or "n/a" when there is nothing to divide by. */
export const percentText = (value: number | null, w: PdfWords) =>
  value === null ? w.notApplicable : `${w.decimal(value * 100, 1)} %`;
