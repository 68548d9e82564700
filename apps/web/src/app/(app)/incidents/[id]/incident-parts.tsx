import type { IncidentDetail } from '@vigil/contracts';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Facts, Restricted } from '@/components/incidents/facts';
import { Card } from '@/components/ui/card';
import { termLabel } from '@/lib/incidents/terms';

/** Acts, victims, perpetrators, witnesses and follow-ups, each a card; empty ones say so. */
export async function IncidentParts({ incident }: { incident: IncidentDetail }) {
  const t = await getTranslations('incidentDetail');
  const tf = await getTranslations('incidentForm');
  const te = await getTranslations('incidentEnums');
  const format = await getFormatter();
  const locale = await getLocale();
  const yesNo = (value: boolean | null) => (value === null ? tf('unknown') : value ? tf('yes') : tf('no'));
  const victimName = new Map(incident.victims.map((v) => [v.id, v.alias]));
  const perpetratorName = new Map(
    incident.perpetrators.map((p) => [
      p.id,
      [termLabel(p.force, locale), p.unit].filter(Boolean).join(' · '),
    ]),
  );
  const none = <p className="text-ink-soft">{t('none')}</p>;

  return (
    <>
      <Card title={t('acts')}>
        {incident.acts.length === 0 ? none : null}
        <ol className="flex flex-col gap-4">
          {incident.acts.map((act, i) => (
            <li key={act.id} className="border-s-4 border-line ps-3" data-testid="act">
              <h3 className="font-bold">{`${i + 1}. ${termLabel(act.actType, locale)}`}</h3>
              <Facts
                items={[
                  {
                    label: tf('occurredAt'),
                    value: act.occurredAt
                      ? format.dateTime(act.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })
                      : null,
                  },
                  { label: tf('description'), value: act.description },
                  { label: tf('injuries'), value: act.injuries },
                  { label: tf('medicalCertificate'), value: yesNo(act.medicalCertificate) },
                  {
                    label: tf('actVictims'),
                    value: act.victimIds.map((id) => victimName.get(id)).join(', '),
                  },
                  {
                    label: tf('actPerpetrators'),
                    value: act.perpetratorIds.map((id) => perpetratorName.get(id)).join(', '),
                  },
                  {
                    label: tf('items'),
                    value: act.items
                      .map(
                        (item) =>
                          `${item.count} × ${termLabel(item.propertyType, locale)} (${te(`fate.${item.fate}`)})`,
                      )
                      .join(', '),
                  },
                ]}
              />
              {act.quotes.length > 0 ? (
                <div className="mt-2 flex flex-col gap-1">
                  {act.quotes.map((quote) => (
                    <blockquote key={quote} className="border-s-2 border-brand ps-3 italic" dir="auto">
                      {quote}
                    </blockquote>
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('victims')}>
          {incident.victims.length === 0 ? none : null}
          <ul className="flex flex-col gap-3">
            {incident.victims.map((v) => (
              <li key={v.id} data-testid="victim">
                <p className="font-semibold">{v.alias}</p>
                <p className="text-sm text-ink-soft">
                  {[
                    te(`category.${v.category}`),
                    v.isGroup
                      ? t('group', { count: v.count })
                      : v.count > 1
                        ? t('people', { count: v.count })
                        : null,
                    v.ageMin !== null || v.ageMax !== null
                      ? t('ages', { min: v.ageMin ?? '?', max: v.ageMax ?? '?' })
                      : null,
                    v.minor ? te('victimFlag.minor') : null,
                    v.woman ? te('victimFlag.woman') : null,
                    v.family ? te('victimFlag.family') : null,
                    v.nationality,
                    v.language,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {v.person ? (
                  <p className="text-sm">
                    <Link href={`/cases/people/${v.person.id}`} className="underline" data-testid="victim-person" dir="auto">
                      {t('linkedPerson', { alias: v.person.alias })}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('perpetrators')}>
          {incident.perpetrators.length === 0 ? none : null}
          <ul className="flex flex-col gap-3">
            {incident.perpetrators.map((p) => (
              <li key={p.id} data-testid="perpetrator">
                <p className="font-semibold">{perpetratorName.get(p.id)}</p>
                <p className="text-sm text-ink-soft">
                  {[
                    `${tf('rioShown')}: ${te(`rio.${p.rioShown}`)}${p.rioNumber ? ` (${p.rioNumber})` : ''}`,
                    te(`involvement.${p.involvement}`),
                    p.officerCount !== null ? t('officers', { count: p.officerCount }) : null,
                    p.vehicleCount !== null ? t('vehicles', { count: p.vehicleCount }) : null,
                    p.vehiclePlates.length > 0 ? `${tf('plates')}: ${p.vehiclePlates.join(', ')}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('witnesses')}>
          {incident.witnesses.length === 0 ? none : null}
          <ul className="flex flex-col gap-3">
            {incident.witnesses.map((w) => (
              <li key={w.id} data-testid="witness">
                <p className="font-semibold">{w.alias}</p>
                <p className="text-sm">{w.willingToTestify ? t('willing') : t('notWilling')}</p>
                <p className="text-sm">
                  {tf('contact')}:{' '}
                  {w.contact === undefined ? <Restricted label={t('restricted')} /> : (w.contact ?? '—')}
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('followUps')}>
          {incident.followUps.length === 0 ? none : null}
          <ul className="flex flex-col gap-3">
            {incident.followUps.map((f) => (
              <li key={f.id} data-testid="follow-up">
                <p className="font-semibold">
                  {te(`followUpBody.${f.body}`)} — {te(`followUpStatus.${f.status}`)}
                </p>
                <p className="text-sm text-ink-soft">
                  {[
                    f.date
                      ? format.dateTime(new Date(`${f.date}T00:00:00Z`), {
                          dateStyle: 'medium',
                          timeZone: 'UTC',
                        })
                      : null,
                    f.reference,
                    f.outcome,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
