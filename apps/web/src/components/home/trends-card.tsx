import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { HomeCard, type Block } from './home-card';
import { Sparkline } from './sparkline';

type Series = 'incidents' | 'evictions' | 'donations' | 'casesOpened';

const MODULES: { series: Series; href: string }[] = [
  { series: 'incidents', href: '/incidents' },
  { series: 'evictions', href: '/evictions/patterns' },
  { series: 'donations', href: '/supplies/reports' },
  { series: 'casesOpened', href: '/cases?scope=all' },
];

/** One sparkline per module over 30 days, each with its figures in words and a link into the module. */
export function TrendsCard({ block }: { block: Block<'trends'> }) {
  const t = useTranslations('home.trends');
  return (
    <HomeCard id="trends" title={t('title')} description={t('caption')} wide>
      <ul className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {MODULES.map(({ series, href }) => {
          const values = block[series];
          const total = values.reduce((sum, n) => sum + n, 0);
          return (
            <li
              key={series}
              className="flex items-center justify-between gap-3"
              data-testid={`home-trend-${series}`}
            >
              <div className="flex min-w-0 flex-col">
                <Link
                  prefetch={false}
                  href={href}
                  className="inline-block py-1 font-semibold text-brand underline underline-offset-2"
                >
                  {t(series)}
                </Link>
                <span className="text-sm text-ink-soft">
                  {t('summary', { total, today: values[values.length - 1] ?? 0 })}
                </span>
              </div>
              <Sparkline values={values} />
            </li>
          );
        })}
      </ul>
    </HomeCard>
  );
}
