import type { IncidentSummary } from '@vigil/contracts';
import type { useFormatter } from 'next-intl';

type Formatter = ReturnType<typeof useFormatter>;

/**
 * A date no more precise than what was recorded: an estimate is marked "≈", an unknown day shows the
 * month only, an unknown month and day the year only. Precision is part of the evidence.
 */
export function whenLabel(format: Formatter, at: Date, precision: IncidentSummary['datePrecision']): string {
  switch (precision) {
    case 'unknown_month_and_day':
      return format.dateTime(at, { year: 'numeric' });
    case 'unknown_day':
      return format.dateTime(at, { year: 'numeric', month: 'long' });
    case 'estimate':
      return `≈ ${format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' })}`;
    default:
      return format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
  }
}

export function placeLabel(place: IncidentSummary['place']): string {
  const parts = [place.site?.name, place.placeText, place.commune ?? place.site?.commune].filter(
    (part): part is string => Boolean(part),
  );
  return [...new Set(parts)].join(', ');
}

export function fileSize(format: Formatter, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return format.number(value, {
    style: 'unit',
    unit: units[unit],
    maximumFractionDigits: unit === 0 ? 0 : 1,
  });
}
