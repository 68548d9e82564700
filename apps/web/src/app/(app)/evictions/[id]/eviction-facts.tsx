import type { EvictionDetail } from '@vigil/contracts';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Facts } from '@/components/incidents/facts';
import { Card } from '@/components/ui/card';
import { termLabel } from '@/lib/incidents/terms';

/** Every field of the record, grouped as the form groups them; unanswered questions show a dash. */
export async function EvictionFacts({ eviction }: { eviction: EvictionDetail }) {
  const t = await getTranslations('evictionForm');
  const td = await getTranslations('evictionDetail');
  const te = await getTranslations('evictionEnums');
  const tf = await getTranslations('incidentEnums');
  const format = await getFormatter();
  const locale = await getLocale();
  const when = (at: Date | null) =>
    at ? format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' }) : null;
  const tri = (value: boolean | null) => (value === null ? null : te(value ? 'tri.yes' : 'tri.no'));
  const count = (value: number | null) => (value === null ? null : format.number(value));
  const withDetail = (main: string | null, detail: string | null) =>
    main && detail ? `${main} — ${detail}` : (main ?? detail);
  return (
    <>
      <Card title={t('whereWhen')}>
        <Facts
          testId="eviction-facts"
          items={[
            {
              label: t('site'),
              value: (
                <Link href={`/sites/${eviction.site.id}`} prefetch={false} className="text-brand underline">
                  {`${eviction.site.name} (${eviction.site.commune})`}
                </Link>
              ),
            },
            { label: t('startAt'), value: when(eviction.startAt) },
            { label: t('endAt'), value: when(eviction.endAt) },
            { label: t('announced'), value: withDetail(tri(eviction.announced), eviction.announcedHow) },
            {
              label: t('legalBasis'),
              value: withDetail(te(`legalBasis.${eviction.legalBasis}`), eviction.orderReference),
            },
            { label: t('bailiffPresent'), value: tri(eviction.bailiffPresent) },
            { label: t('otherActors'), value: eviction.otherActors.join(', ') },
          ]}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('forces')}>
          {eviction.forces.length === 0 ? <p className="text-ink-soft">{td('none')}</p> : null}
          <ul className="flex flex-col gap-2">
            {eviction.forces.map((f, i) => (
              <li key={`${f.force.id}-${i}`} data-testid="eviction-force">
                <p className="font-semibold">
                  {[termLabel(f.force, locale), f.unit].filter(Boolean).join(' · ')}
                </p>
                <p className="text-sm text-ink-soft">
                  {[
                    f.officerCount !== null ? td('officers', { count: f.officerCount }) : null,
                    f.vehicleCount !== null ? td('vehicles', { count: f.vehicleCount }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('property')}>
          {eviction.property.length === 0 ? <p className="text-ink-soft">{td('none')}</p> : null}
          <ul className="flex flex-col gap-1">
            {eviction.property.map((p, i) => (
              <li key={`${p.propertyType.id}-${i}`} data-testid="eviction-property">
                {`${p.count} × ${termLabel(p.propertyType, locale)} (${tf(`fate.${p.fate}`)})`}
                {p.collectiveOwned ? <span className="ms-2 text-sm text-ink-soft">{td('ours')}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('people')}>
          <Facts
            testId="eviction-people"
            items={[
              { label: t('peopleAffected'), value: count(eviction.peopleAffected) },
              { label: t('minorsAffected'), value: count(eviction.minorsAffected) },
              {
                label: t('shelterOffered'),
                value: withDetail(tri(eviction.shelterOffered), eviction.shelterWhere),
              },
              { label: t('shelterAccepted'), value: count(eviction.shelterAccepted) },
              { label: t('idChecks'), value: count(eviction.idChecks) },
              { label: t('arrests'), value: count(eviction.arrests) },
            ]}
          />
        </Card>
        <Card title={t('observers')}>
          <Facts
            items={[
              { label: t('observersPresent'), value: count(eviction.observersPresent) },
              { label: t('observersObstructed'), value: tri(eviction.observersObstructed) },
              { label: t('observersDetained'), value: tri(eviction.observersDetained) },
              { label: t('toldToStopFilming'), value: tri(eviction.toldToStopFilming) },
            ]}
          />
        </Card>
      </div>
      {eviction.notes ? (
        <Card title={t('notes')}>
          <p className="whitespace-pre-line" dir="auto" data-testid="eviction-notes">
            {eviction.notes}
          </p>
        </Card>
      ) : null}
    </>
  );
}
