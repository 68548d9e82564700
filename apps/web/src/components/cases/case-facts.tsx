import type { CaseDetail } from '@vigil/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CaseStatusBadge, FlagBadges } from './case-badges';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm font-semibold text-ink-soft">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Who and what the case is about: the person's alias (never more), type, status, who works on it. */
export function CaseFacts({ record }: { record: CaseDetail }) {
  const t = useTranslations('caseDetail');
  const te = useTranslations('caseEnums');
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'medium' });
  const names = (users: readonly { displayName: string }[]) =>
    users.length > 0 ? users.map((user) => user.displayName).join(', ') : t('nobody');
  return (
    <section className="rounded-lg border border-line bg-surface p-4 shadow-sm" aria-label={t('factsLabel')}>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Fact label={t('person')} testId="case-person">
          <Link
            prefetch={false}
            href={`/cases/people/${record.person.id}`}
            className="font-semibold text-brand underline underline-offset-2"
            dir="auto"
          >
            {record.person.alias}
          </Link>
          {record.person.sensitivity.length > 0 ? (
            <span className="ms-2 text-sm text-warning">{t('sensitive')}</span>
          ) : null}
        </Fact>
        <Fact label={t('type')}>{te(`type.${record.type}`)}</Fact>
        <Fact label={t('status')} testId="case-status">
          <span className="flex flex-wrap items-center gap-2">
            <CaseStatusBadge status={record.status} />
            {record.outcome ? <span>{te(`outcome.${record.outcome}`)}</span> : null}
            {record.status === 'waiting' && record.waitingOn ? (
              <span className="text-sm text-ink-soft" dir="auto">
                {t('waitingOnValue', { body: record.waitingOn })}
              </span>
            ) : null}
          </span>
        </Fact>
        <Fact label={t('assignees')} testId="case-assignees">
          {names(record.assignees)}
        </Fact>
        <Fact label={t('lawyer')} testId="case-lawyer">
          {record.lawyer?.displayName ?? t('nobody')}
        </Fact>
        <Fact label={t('interpreter')}>
          <span dir="auto">
            {record.interpreter
              ? [record.interpreter, record.interpretedIn].filter(Boolean).join(' · ')
              : t('none')}
          </span>
        </Fact>
        {record.incident ? (
          <Fact label={t('incident')}>
            <Link
              prefetch={false}
              href={`/incidents/${record.incident.id}`}
              className="text-brand underline underline-offset-2"
            >
              <span dir="ltr">{record.incident.reference}</span>
              {record.incident.title ? (
                <>
                  {' · '}
                  <span dir="auto">{record.incident.title}</span>
                </>
              ) : null}
            </Link>
          </Fact>
        ) : null}
        <Fact label={t('opened')}>{day(record.openedAt)}</Fact>
        {record.closedAt ? <Fact label={t('closed')}>{day(record.closedAt)}</Fact> : null}
      </dl>
      {record.openFlags.length > 0 ? (
        <div className="mt-4">
          <FlagBadges flags={record.openFlags} />
        </div>
      ) : null}
    </section>
  );
}
