/** Wording shared by the chronology, the sections and the exhibit list. */

export const SOURCE_LABELS: Record<string, string> = {
  first_hand: 'First-hand observation',
  testimony: 'Testimony',
  // Capitals on purpose: hearsay must never be read as an observed fact (defamation risk).
  hearsay: 'HEARSAY (reported second-hand, not observed)',
  media: 'Media report',
};

export const SHORT_SOURCE_LABELS: Record<string, string> = {
  first_hand: 'Observed',
  testimony: 'Testimony',
  hearsay: 'HEARSAY',
  media: 'Media',
};

export const humanise = (code: string) => code.replace(/_/g, ' ');

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as precise as it was recorded, never more. */
export function whenText(at: Date, precision: string): string {
  const y = at.getUTCFullYear();
  const day = `${y}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  switch (precision) {
    case 'unknown_month_and_day':
      return `${y} (month and day unknown)`;
    case 'unknown_day':
      return `${y}-${pad(at.getUTCMonth() + 1)} (day unknown)`;
    case 'estimate':
      return `about ${day} ${time} UTC`;
    default:
      return `${day} ${time} UTC`;
  }
}

export function shortWhen(at: Date, precision: string): string {
  const text = whenText(at, precision);
  return precision === 'estimate' ? `~${text.slice(6, 22)}` : text.replace(' UTC', '');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
