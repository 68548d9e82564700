import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { dayLabel, itemName, type NamedItem } from '@/lib/supplies/names';
import type { ReportOf } from '@/lib/supplies/reports';

const SHOWN = 8;

interface AlertRow {
  key: string;
  item: NamedItem & { id: string };
  where: string;
  badge: ReactNode;
}

/** A short list of items needing attention, each linking to its item page; null report: unavailable. */
async function AlertCard({
  title,
  rows,
  unavailable,
  none,
  more,
  testId,
}: {
  title: string;
  rows: AlertRow[] | null;
  none: string;
  unavailable: string;
  more?: ReactNode;
  testId: string;
}) {
  const locale = await getLocale();
  return (
    <Card title={title} as="h2">
      {rows === null ? <p className="text-sm text-ink-soft">{unavailable}</p> : null}
      {rows?.length === 0 ? <p className="text-sm text-ink-soft">{none}</p> : null}
      <ul className="flex flex-col gap-2" data-testid={testId}>
        {(rows ?? []).slice(0, SHOWN).map((row) => (
          <li key={row.key} className="flex items-start justify-between gap-2 text-sm">
            <span>
              <Link
                prefetch={false}
                href={`/supplies/items/${row.item.id}`}
                className="font-semibold text-brand underline"
              >
                {itemName(row.item, locale)}
              </Link>
              <span className="block text-ink-soft">{row.where}</span>
            </span>
            {row.badge}
          </li>
        ))}
      </ul>
      {rows && rows.length > SHOWN ? <p className="mt-2 text-sm">{more}</p> : null}
    </Card>
  );
}

/** What runs short: below its threshold at a location, the largest shortfall first. */
export async function LowStockCard({ report }: { report: ReportOf<'lowStock'> | null }) {
  const t = await getTranslations('supplies');
  const rows = report
    ? [...report.rows]
        .sort((a, b) => b.shortBy - a.shortBy)
        .map((row) => ({
          key: `${row.item.id}-${row.location.id}`,
          item: row.item,
          where: row.location.name,
          badge: (
            <Badge tone="danger">
              {t('availableOf', { available: row.available, threshold: row.threshold })}
            </Badge>
          ),
        }))
    : null;
  return (
    <AlertCard
      title={t('lowTitle', { count: rows?.length ?? 0 })}
      rows={rows}
      none={t('noneLow')}
      unavailable={t('reportUnavailable')}
      testId="low-stock"
      more={
        <Link prefetch={false} href="/supplies?lowOnly=true" className="text-brand underline">
          {t('seeAllLow', { count: rows?.length ?? 0 })}
        </Link>
      }
    />
  );
}

/** Batches expiring within the window (or already expired and not yet written off), soonest first. */
export async function ExpiringCard({ report, days }: { report: ReportOf<'expiring'> | null; days: number }) {
  const t = await getTranslations('supplies');
  const locale = await getLocale();
  const rows = report
    ? [...report.rows]
        .sort((a, b) => a.daysLeft - b.daysLeft)
        .map((row) => ({
          key: `${row.item.id}-${row.location.id}-${row.expiresOn}`,
          item: row.item,
          where: `${row.location.name} · ${t('unitsN', { n: row.onHand })}`,
          badge: (
            <Badge tone={row.daysLeft < 0 ? 'danger' : 'warning'}>
              {row.daysLeft < 0 ? t('expired') : dayLabel(row.expiresOn, locale)}
            </Badge>
          ),
        }))
    : null;
  return (
    <AlertCard
      title={t('expiringTitle', { days })}
      rows={rows}
      none={t('noneExpiring')}
      unavailable={t('reportUnavailable')}
      testId="expiring"
    />
  );
}
