import type { IncidentStats } from '@vigil/contracts';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { termLabel } from '@/lib/incidents/terms';

function CountList({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { key: string; label: string; count: number }[];
  testId: string;
}) {
  return (
    <section className="flex flex-col gap-1" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      {rows.length === 0 ? <p className="text-sm text-ink-soft">—</p> : null}
      <ul className="flex flex-col text-sm">
        {rows.map((row) => (
          <li key={row.key} className="flex justify-between gap-3 border-b border-line py-1">
            <span>{row.label}</span>
            <span className="font-semibold tabular-nums">{row.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the dossier will contain, before generating it: the figures its summary page will show. */
export async function DossierPreview({ stats }: { stats: IncidentStats }) {
  const t = await getTranslations('dossier');
  const format = await getFormatter();
  const locale = await getLocale();
  const rio = stats.rio;
  const byCount = <T extends { count: number }>(rows: T[]) => [...rows].sort((a, b) => b.count - a.count);
  return (
    <div className="flex flex-col gap-4" data-testid="dossier-preview">
      <div className="flex flex-wrap gap-6">
        <p>
          <span className="block text-sm text-ink-soft">{t('total')}</span>
          <span className="text-3xl font-bold tabular-nums" data-testid="preview-total">
            {stats.total}
          </span>
        </p>
        <p>
          <span className="block text-sm text-ink-soft">{t('rioRate')}</span>
          <span className="text-3xl font-bold tabular-nums" data-testid="preview-rio">
            {rio.shownRate === null
              ? '—'
              : format.number(rio.shownRate, { style: 'percent', maximumFractionDigits: 0 })}
          </span>
          <span className="block text-xs text-ink-soft">
            {t('rioDetail', { yes: rio.yes, no: rio.no, notSeen: rio.notSeen })}
          </span>
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <CountList
          title={t('byActType')}
          testId="preview-act-types"
          rows={byCount(stats.byActType).map((row) => ({
            key: row.id,
            label: termLabel(row, locale),
            count: row.count,
          }))}
        />
        <CountList
          title={t('byForce')}
          testId="preview-forces"
          rows={byCount(stats.byForce).map((row) => ({
            key: row.id,
            label: termLabel(row, locale),
            count: row.count,
          }))}
        />
        <CountList
          title={t('bySite')}
          testId="preview-sites"
          rows={byCount(stats.bySite).map((row) => ({
            key: row.site?.id ?? 'none',
            label: row.site ? `${row.site.name} (${row.site.commune})` : t('noSite'),
            count: row.count,
          }))}
        />
        <CountList
          title={t('byMonth')}
          testId="preview-months"
          rows={[...stats.byMonth]
            .sort((a, b) => a.month.localeCompare(b.month))
            .map((row) => ({
              key: row.month,
              label: format.dateTime(new Date(`${row.month}-01T00:00:00Z`), {
                month: 'long',
                year: 'numeric',
                timeZone: 'UTC',
              }),
              count: row.count,
            }))}
        />
      </div>
    </div>
  );
}
