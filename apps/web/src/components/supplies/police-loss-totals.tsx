import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { termLabel } from '@/lib/incidents/terms';
import type { ReportOf } from '@/lib/supplies/reports';

/**
 * The dossier figure: what police seized or destroyed over the period, by kind of property ("tents
 * destroyed: 34"), with how many evictions it comes from.
 */
export async function PoliceLossTotals({ report }: { report: ReportOf<'policeLosses'> }) {
  const t = await getTranslations('suppliesReports');
  const te = await getTranslations('suppliesEnums');
  const locale = await getLocale();
  const format = await getFormatter();
  const totals = new Map<string, { label: string; quantity: number }>();
  for (const row of report.rows) {
    const what = row.propertyType ? termLabel(row.propertyType, locale) : te(`category.${row.category}`);
    const key = `${row.reason}|${what}`;
    const entry = totals.get(key) ?? {
      label: t('lossLine', { what, reason: te(`writeOffReason.${row.reason}`) }),
      quantity: 0,
    };
    entry.quantity += row.quantity;
    totals.set(key, entry);
  }
  if (totals.size === 0) return <p className="text-sm text-ink-soft">{t('noLosses')}</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2" data-testid="police-loss-totals">
      {[...totals.values()]
        .sort((a, b) => b.quantity - a.quantity)
        .map((entry) => (
          <li
            key={entry.label}
            className="flex items-baseline justify-between gap-3 rounded-md bg-muted px-3 py-2"
          >
            <span>{entry.label}</span>
            <span className="text-xl font-bold tabular-nums">{format.number(entry.quantity)}</span>
          </li>
        ))}
    </ul>
  );
}
