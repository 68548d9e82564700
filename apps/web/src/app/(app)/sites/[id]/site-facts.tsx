import type { siteDetailSchema } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { Facts, Restricted } from '@/components/incidents/facts';
import { Card } from '@/components/ui/card';

type SiteDetail = z.output<typeof siteDetailSchema>;

/**
 * Place and legal situation. The exact address and coordinates come only to roles allowed to read
 * them (the API leaves the fields out for others, and logs each read): others see "restricted".
 */
export async function SiteFacts({ site }: { site: SiteDetail }) {
  const t = await getTranslations('siteDetail');
  const te = await getTranslations('siteEnums');
  const tri = await getTranslations('evictionEnums');
  const format = await getFormatter();
  const exact = site.address !== undefined || site.latitude !== undefined;
  const coordinates =
    site.latitude !== null &&
    site.latitude !== undefined &&
    site.longitude !== null &&
    site.longitude !== undefined ? (
      <span dir="ltr">
        {site.latitude.toFixed(5)}, {site.longitude.toFixed(5)}
      </span>
    ) : null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t('placeTitle')}>
        <Facts
          testId="site-place"
          items={[
            { label: t('type'), value: te(`type.${site.type}`) },
            { label: t('commune'), value: <span data-testid="site-commune">{site.commune}</span> },
            { label: t('area'), value: site.area },
            {
              label: t('address'),
              value: exact ? (
                <span data-testid="site-address">{site.address ?? '—'}</span>
              ) : (
                <Restricted label={t('restricted')} />
              ),
            },
            { label: t('coordinates'), value: exact ? coordinates : <Restricted label={t('restricted')} /> },
            { label: t('aliases'), value: site.aliases.join(', ') },
          ]}
        />
      </Card>
      <Card title={t('legalTitle')}>
        <Facts
          testId="site-legal"
          items={[
            { label: t('owner'), value: te(`owner.${site.ownerType}`) },
            { label: t('orderRef'), value: site.evictionOrderRef },
            {
              label: t('orderDate'),
              value: site.evictionOrderDate
                ? format.dateTime(new Date(`${site.evictionOrderDate}T00:00:00Z`), {
                    dateStyle: 'medium',
                    timeZone: 'UTC',
                  })
                : null,
            },
            { label: t('court'), value: site.courtProceedings },
            {
              label: t('winterTruce'),
              value:
                site.winterTruceApplies === null ? null : tri(site.winterTruceApplies ? 'tri.yes' : 'tri.no'),
            },
          ]}
        />
      </Card>
      <Card title={t('needs')}>
        <p className="whitespace-pre-line" dir="auto">
          {site.needs || '—'}
        </p>
      </Card>
      <Card title={t('notes')}>
        <p className="whitespace-pre-line" dir="auto">
          {site.notes || '—'}
        </p>
      </Card>
    </div>
  );
}
