import type { PersonDetail } from '@vigil/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';

/** The alias and coded fields: what every reader of the person may see. */
export function PersonFacts({ person }: { person: PersonDetail }) {
  const t = useTranslations('casePerson');
  const te = useTranslations('caseEnums');
  const facts: [string, string][] = [
    [t('ageRange'), person.ageRange ? te(`ageRange.${person.ageRange}`) : t('notRecorded')],
    [t('gender'), person.gender ? te(`gender.${person.gender}`) : t('notRecorded')],
    [t('nationality'), person.nationality ?? t('notRecorded')],
    [t('languages'), person.languages.length > 0 ? person.languages.join(', ') : t('notRecorded')],
  ];
  return (
    <Card title={t('factsTitle')}>
      <div className="flex flex-col gap-4">
        {person.sensitivity.length > 0 ? (
          <div className="flex flex-wrap items-center gap-2" data-testid="person-sensitivity">
            {person.sensitivity.map((flag) => (
              <Badge key={flag} tone="warning">
                {te(`sensitivity.${flag}`)}
              </Badge>
            ))}
            <span className="text-sm text-ink-soft">{t('sensitivityNarrows')}</span>
          </div>
        ) : null}
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-semibold text-ink-soft">{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
        <div>
          <h3 className="mb-1 font-bold">{t('casesTitle')}</h3>
          {person.cases.length === 0 ? <p className="text-ink-soft">{t('noCases')}</p> : null}
          <ul className="flex flex-col gap-1">
            {person.cases.map((item) => (
              <li key={item.id}>
                <Link
                  prefetch={false}
                  href={`/cases/${item.id}`}
                  className="font-semibold text-brand underline underline-offset-2"
                  dir="ltr"
                >
                  {item.reference}
                </Link>{' '}
                · {te(`type.${item.type}` as 'type.other')} · {te(`status.${item.status}` as 'status.open')}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}
