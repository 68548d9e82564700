import { useTranslations } from 'next-intl';
import { HomeCard, MoreLink, type Block } from './home-card';
import { ExpiringList, LowStockList } from './stock-lists';

/** What runs short and what must go out first, over every location. */
export function StockAlertsCard({ block }: { block: Block<'stockAlerts'> }) {
  const t = useTranslations('home.stock');
  const tn = useTranslations('nav');
  return (
    <HomeCard
      id="stockAlerts"
      title={tn('supplies')}
      footer={
        <>
          <MoreLink href="/supplies?lowOnly=true">{t('seeLow')}</MoreLink>
          <MoreLink href="/supplies">{t('seeStock')}</MoreLink>
        </>
      }
    >
      <LowStockList low={block.low} showLocation />
      <ExpiringList expiring={block.expiring} days={block.expiringDays} showLocation />
    </HomeCard>
  );
}
