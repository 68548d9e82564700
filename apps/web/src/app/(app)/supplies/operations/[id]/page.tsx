import { can, stockOperationResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { SignedQuantity } from '@/components/supplies/signed-quantity';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { dayLabel, itemName } from '@/lib/supplies/names';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesLedger');
  return { title: t('operationTitle') };
}

/** One act on the stock (a donation, a van loaded, a count) with every movement it wrote. */
export default async function OperationPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('supplies.read');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('suppliesLedger');
  const te = await getTranslations('suppliesEnums');
  const format = await getFormatter();
  const locale = await getLocale();
  const { operation } = await api(`/api/supplies/operations/${id}`, {
    schema: stockOperationResponseSchema,
    context: 'page',
  });
  const link = (href: string, label: string) => (
    <Link prefetch={false} href={href} className="text-brand underline underline-offset-2">
      {label}
    </Link>
  );
  const role = me.user.role;
  const facts: { label: string; value: ReactNode }[] = [
    {
      label: t('when'),
      value: format.dateTime(operation.occurredAt, { dateStyle: 'full', timeStyle: 'short' }),
    },
    { label: t('who'), value: operation.actor.displayName },
  ];
  const add = (shown: unknown, label: string, value: () => ReactNode) => {
    if (shown) facts.push({ label, value: value() });
  };
  add(operation.source, t('source'), () => te(`source.${operation.source!}`));
  add(operation.donor, t('donor'), () => operation.donor);
  add(operation.writeOffReason, t('reason'), () => te(`writeOffReason.${operation.writeOffReason!}`));
  add(operation.evictionId && can(role, 'evictions.read'), t('eviction'), () =>
    link(`/evictions/${operation.evictionId}`, t('openEviction')),
  );
  add(operation.incidentId && can(role, 'incidents.read'), t('incident'), () =>
    link(`/incidents/${operation.incidentId}`, t('openIncident')),
  );
  add(operation.distributionId, t('distribution'), () =>
    link(`/supplies/distributions/${operation.distributionId}`, t('openDistribution')),
  );
  add(operation.note, t('note'), () => operation.note);
  return (
    <>
      <PageHeader title={te(`operationKind.${operation.kind}`)} description={t('operationIntro')} />
      <div className="flex flex-col gap-4">
        <Card>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="operation-facts">
            {facts.map(({ label, value }) => (
              <div key={label} className="contents">
                <dt className="font-semibold text-ink-soft">{label}</dt>
                <dd dir="auto">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Table caption={t('movementsCaption')}>
          <thead>
            <tr>
              <Th>{t('item')}</Th>
              <Th>{t('location')}</Th>
              <Th>{t('what')}</Th>
              <Th className="text-end">{t('quantity')}</Th>
              <Th>{t('batch')}</Th>
            </tr>
          </thead>
          <tbody>
            {operation.movements.map((movement) => (
              <tr key={movement.id} data-testid="operation-movement" data-code={movement.item.code}>
                <Td>{link(`/supplies/items/${movement.item.id}`, itemName(movement.item, locale))}</Td>
                <Td>{movement.location.name}</Td>
                <Td>{te(`movementKind.${movement.kind}`)}</Td>
                <Td className="text-end font-semibold tabular-nums" data-testid="movement-quantity">
                  <SignedQuantity quantity={movement.quantity} />
                </Td>
                <Td>{movement.expiresOn ? dayLabel(movement.expiresOn, locale) : '—'}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {operation.movements.length === 0 ? <p className="text-ink-soft">{t('noMovements')}</p> : null}
      </div>
    </>
  );
}
