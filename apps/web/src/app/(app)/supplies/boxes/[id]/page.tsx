import { can, stockBoxResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { dayLabel, itemName } from '@/lib/supplies/names';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesLabels');
  return { title: t('boxTitle') };
}

/**
 * What a scanned label opens, on a phone: the box (item, size, quantity, where it is) and the
 * item's stock there, with one tap to load it into a van or hand it out.
 */
export default async function BoxPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('supplies.read');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('suppliesLabels');
  const locale = await getLocale();
  const format = await getFormatter();
  const { box } = await api(`/api/supplies/boxes/${id}`, { schema: stockBoxResponseSchema, context: 'page' });
  const short = box.stockHere.available < box.quantity;
  return (
    <>
      <PageHeader title={itemName(box.item, locale)} description={t('boxIntro', { code: box.code })} />
      <div className="flex max-w-xl flex-col gap-4">
        <Card>
          <dl className="grid grid-cols-2 gap-3" data-testid="box-facts">
            <div>
              <dt className="text-sm text-ink-soft">{t('quantity')}</dt>
              <dd className="text-3xl font-bold tabular-nums">{format.number(box.quantity)}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-soft">{t('location')}</dt>
              <dd className="text-lg font-semibold">{box.location.name}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-soft">{t('expiresOn')}</dt>
              <dd>{box.expiresOn ? dayLabel(box.expiresOn, locale) : '—'}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-soft">{t('stockHere')}</dt>
              <dd>
                {t('availableOf', { available: box.stockHere.available, onHand: box.stockHere.onHand })}{' '}
                {short ? <Badge tone="warning">{t('notInStock')}</Badge> : null}
              </dd>
            </div>
          </dl>
          {box.note ? (
            <p className="mt-3" dir="auto">
              {box.note}
            </p>
          ) : null}
        </Card>
        {can(me.user.role, 'supplies.write') ? (
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2" data-testid="box-actions">
            <ButtonLink href={`/supplies/transfers/new?boxId=${box.id}`} variant="primary">
              {t('move')}
            </ButtonLink>
            <ButtonLink href={`/supplies/distributions/record?boxId=${box.id}`}>{t('handOut')}</ButtonLink>
          </div>
        ) : null}
        <ButtonLink href={`/supplies/items/${box.item.id}`} variant="ghost">
          {t('itemPage')}
        </ButtonLink>
      </div>
    </>
  );
}
