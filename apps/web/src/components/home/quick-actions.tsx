import type { QuickAction } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import type { Block } from './home-card';

/** Where each quick action leads; stock forms open at the reader's location when known. */
function hrefOf(action: QuickAction, locationId: string | null): string {
  const at = locationId ? `?locationId=${locationId}` : '';
  switch (action) {
    case 'record_eviction':
      return '/evictions/new';
    case 'record_incident':
      return '/incidents/new';
    case 'record_donation':
      return `/supplies/donations/new${at}`;
    case 'record_distribution':
      return `/supplies/distributions/record${at}`;
  }
}

/** The buttons of the morning: one tap into the form, full width on a phone. */
export function QuickActions({
  actions,
  locationId,
}: {
  actions: Block<'quickActions'>;
  locationId: string | null;
}) {
  const t = useTranslations('home.quick');
  return (
    <section aria-labelledby="quick-actions-title" data-testid="home-quickActions" className="lg:col-span-2">
      <h2 id="quick-actions-title" className="sr-only">
        {t('title')}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:flex sm:flex-wrap">
        {actions.map((action, index) => (
          <ButtonLink
            key={action}
            href={hrefOf(action, locationId)}
            variant={index === 0 ? 'primary' : 'secondary'}
            className="w-full sm:w-auto"
            testId={`quick-${action}`}
          >
            {t(action)}
          </ButtonLink>
        ))}
      </div>
    </section>
  );
}
