import { useLocale, useTranslations } from 'next-intl';
import { dayLabel, itemName } from '@/lib/supplies/names';
import { Empty, HomeCard, MoreLink, Rows, type Block } from './home-card';

/** Open needs with the lines that neither deliveries nor the stock anywhere cover, soonest first. */
export function NeedsCard({ block }: { block: Block<'openNeeds'> }) {
  const t = useTranslations('home.needs');
  const locale = useLocale();
  return (
    <HomeCard
      id="openNeeds"
      title={t('title')}
      footer={<MoreLink href="/supplies/needs">{t('open')}</MoreLink>}
    >
      {block.open === 0 ? <Empty>{t('noOpen')}</Empty> : null}
      {block.open > 0 ? (
        <p className="text-sm">{t('summary', { short: block.short, open: block.open })}</p>
      ) : null}
      {block.open > 0 && block.short === 0 ? <Empty>{t('covered')}</Empty> : null}
      <Rows testId="home-needs">
        {block.needs.map((need) => (
          <li key={need.id} className="flex flex-col gap-1 py-2">
            <span className="font-semibold" dir="auto">
              {need.site?.name ?? need.partner}
            </span>
            <span className="text-sm text-ink-soft">
              {t('neededBy', { date: dayLabel(need.neededBy, locale) })}
            </span>
            <ul className="flex flex-col text-sm">
              {need.lines.map((line) => (
                <li key={line.item.id}>
                  {t('line', {
                    item: itemName(line.item, locale),
                    shortfall: line.shortfall,
                    quantity: line.quantity,
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </Rows>
    </HomeCard>
  );
}
