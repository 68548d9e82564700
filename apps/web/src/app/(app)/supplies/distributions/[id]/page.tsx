import { can, distributionResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DistributionStatusBadge, ServedSummary } from '@/components/supplies/distribution-badges';
import { DistributionSteps } from '@/components/supplies/distribution-steps';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { itemName } from '@/lib/supplies/names';
import { param } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesDistributions');
  return { title: t('detailTitle') };
}

const COLUMNS = ['planned', 'packed', 'sent', 'returned', 'handedOut'] as const;

/** A distribution: where, when, people served by group, and each line through its life. */
export default async function DistributionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const me = await requirePermission('supplies.read');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('suppliesDistributions');
  const format = await getFormatter();
  const locale = await getLocale();
  const saved = param(await searchParams, 'saved');
  const { distribution } = await api(`/api/supplies/distributions/${id}`, {
    schema: distributionResponseSchema,
    context: 'page',
  });
  const when = (at: Date | null) =>
    at ? format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  const facts: [string, ReactNode][] = [
    [t('status'), <DistributionStatusBadge key="status" status={distribution.status} />],
    [t('stockFrom'), distribution.location.name],
    [t('site'), distribution.site ? `${distribution.site.name} (${distribution.site.commune})` : '—'],
    // Recorded after the fact, a distribution was never planned ahead: one time is enough.
    ...(distribution.distributedAt?.getTime() === distribution.scheduledAt.getTime()
      ? []
      : [[t('scheduledAt'), when(distribution.scheduledAt)] as [string, ReactNode]]),
    [t('distributedAt'), when(distribution.distributedAt)],
    [t('served'), <ServedSummary key="served" served={distribution.served} />],
    [t('createdBy'), distribution.createdBy.displayName],
  ];
  const canWrite = can(me.user.role, 'supplies.write');
  return (
    <>
      <PageHeader
        title={distribution.reference}
        description={t('detailIntro')}
        actions={
          canWrite && distribution.status === 'planned' ? (
            <ButtonLink href={`/supplies/distributions/${id}/edit`} testId="edit-distribution">
              {t('edit')}
            </ButtonLink>
          ) : null
        }
      />
      <div className="flex flex-col gap-4">
        {saved === 'record' ? <Alert tone="success">{t('recorded')}</Alert> : null}
        {saved === 'plan' ? <Alert tone="success">{t('planned')}</Alert> : null}
        {saved === 'edit' ? (
          <Alert tone="success" testId="distribution-edited">
            {t('edited')}
          </Alert>
        ) : null}
        <Card>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="distribution-facts">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold text-ink-soft">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {distribution.needId ? (
            <p className="mt-3 text-sm">
              <Link
                prefetch={false}
                href={`/supplies/needs#need-${distribution.needId}`}
                className="text-brand underline"
              >
                {t('openNeed')}
              </Link>
            </p>
          ) : null}
          {distribution.note ? (
            <p className="mt-3 whitespace-pre-line" dir="auto">
              {distribution.note}
            </p>
          ) : null}
        </Card>
        <Table caption={t('linesCaption')}>
          <thead>
            <tr>
              <Th>{t('item')}</Th>
              {COLUMNS.map((column) => (
                <Th key={column} className="text-end">
                  {t(`column.${column}`)}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {distribution.lines.map((line) => (
              <tr key={line.item.id} data-testid="distribution-line" data-code={line.item.code}>
                <Td>{itemName(line.item, locale)}</Td>
                {COLUMNS.map((column) => (
                  <Td key={column} className="text-end tabular-nums">
                    {line[column]}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
        {canWrite && ['planned', 'packed', 'distributed'].includes(distribution.status) ? (
          <Card title={t('nextStep')}>
            <DistributionSteps key={distribution.version} distribution={distribution} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
