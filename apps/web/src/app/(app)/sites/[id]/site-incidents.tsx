import type { siteDetailSchema } from '@vigil/contracts';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { IncidentLinks } from '@/components/incidents/incident-links';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { toRows } from '@/lib/incidents/rows';
import { labelMap } from '@/lib/incidents/terms';
import { getVocabulary } from '@/lib/incidents/vocabulary';

type SiteDetail = z.output<typeof siteDetailSchema>;

/** The latest incidents recorded at this site, and the incident list filtered on it. */
export async function SiteIncidents({ site }: { site: SiteDetail }) {
  const t = await getTranslations('siteDetail');
  const rows = await toRows(site.recentIncidents ?? [], labelMap(await getVocabulary()));
  return (
    <Card
      title={t('incidentsTitle', { count: site.incidentCount ?? rows.length })}
      actions={<ButtonLink href={`/incidents?siteId=${site.id}`}>{t('allIncidents')}</ButtonLink>}
    >
      {rows.length === 0 ? <p className="text-ink-soft">{t('noIncidents')}</p> : null}
      <ul className="flex flex-col gap-2" data-testid="site-incidents">
        <IncidentLinks rows={rows} testId="site-incident" />
      </ul>
    </Card>
  );
}
