import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

export type ModuleId = 'incidents' | 'sites' | 'supplies' | 'cases';

/** Placeholder for a module whose screens arrive in a later build; says what it will do. */
export function ComingSoon({ module }: { module: ModuleId }) {
  const t = useTranslations('modules');
  return (
    <>
      <PageHeader title={t(`${module}.title`)} description={t(`${module}.summary`)} />
      <Card title={t('comingSoon')} as="h2">
        <p className="mb-3 text-ink">{t('willDo')}</p>
        <ul className="list-disc ps-6 text-ink">
          <li>{t(`${module}.point1`)}</li>
          <li>{t(`${module}.point2`)}</li>
          <li>{t(`${module}.point3`)}</li>
        </ul>
      </Card>
    </>
  );
}
