import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { dayLabel, itemName } from '@/lib/supplies/names';
import { Empty, Row, Rows, SubHeading, type Block } from './home-card';

type Alerts = Pick<Block<'stockAlerts'>, 'low' | 'expiring'>;

/** Items below their threshold, the shortest first, each linking to its item page. */
export function LowStockList({ low, showLocation }: { low: Alerts['low']; showLocation: boolean }) {
  const t = useTranslations('home.stock');
  const locale = useLocale();
  return (
    <>
      <SubHeading>{t('lowTitle', { count: low.total })}</SubHeading>
      {low.items.length === 0 ? <Empty>{t('noneLow')}</Empty> : null}
      <Rows testId="home-low-stock">
        {low.items.map((row) => (
          <Row
            key={`${row.item.id}-${row.location.id}`}
            href={`/supplies/items/${row.item.id}`}
            title={itemName(row.item, locale)}
            meta={showLocation ? row.location.name : undefined}
            aside={
              <Badge tone="danger">
                {t('availableOf', { available: row.available, threshold: row.threshold })}
              </Badge>
            }
          />
        ))}
      </Rows>
    </>
  );
}

/** Batches expiring soon (or expired and not written off), soonest first. */
export function ExpiringList({
  expiring,
  days,
  showLocation,
}: {
  expiring: Alerts['expiring'];
  days: number;
  showLocation: boolean;
}) {
  const t = useTranslations('home.stock');
  const locale = useLocale();
  return (
    <>
      <SubHeading>{t('expiringTitle', { days, count: expiring.total })}</SubHeading>
      {expiring.items.length === 0 ? <Empty>{t('noneExpiring', { days })}</Empty> : null}
      <Rows testId="home-expiring">
        {expiring.items.map((row) => (
          <Row
            key={`${row.item.id}-${row.location.id}-${row.expiresOn}`}
            href={`/supplies/items/${row.item.id}`}
            title={itemName(row.item, locale)}
            meta={[showLocation ? row.location.name : null, t('units', { count: row.onHand })]
              .filter(Boolean)
              .join(' · ')}
            aside={
              <Badge tone={row.daysLeft < 0 ? 'danger' : 'warning'}>
                {row.daysLeft < 0 ? t('expired') : dayLabel(row.expiresOn, locale)}
              </Badge>
            }
          />
        ))}
      </Rows>
    </>
  );
}
