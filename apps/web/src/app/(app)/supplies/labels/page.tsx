import { can, stockBoxListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BoxForm } from '@/components/supplies/box-form';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchItemStock, fetchLocations, optional } from '@/lib/supplies/fetch';
import { dayLabel, itemName } from '@/lib/supplies/names';
import { locationRefs, param, uuidParam } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesLabels');
  return { title: t('title') };
}

/**
 * Labelled boxes and bags: tick the ones to print and open the A4 sheet (PDF, 21 labels a page, each
 * with a QR code to its box page). New labels appear ticked.
 */
export default async function LabelsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('suppliesLabels');
  const locale = await getLocale();
  const format = await getFormatter();
  const params = await searchParams;
  const itemId = uuidParam(params, 'itemId');
  const created = new Set((param(params, 'created') ?? '').split(',').filter(isUuid));
  const [{ boxes }, locations, stock] = await Promise.all([
    api('/api/supplies/boxes', {
      schema: stockBoxListResponseSchema,
      query: { itemId: itemId || undefined, limit: 200 },
      context: 'page',
    }),
    fetchLocations(),
    itemId ? optional(() => fetchItemStock(itemId)) : null,
  ]);
  const canWrite = can(me.user.role, 'supplies.write');
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <SuppliesNav role={me.user.role} current="labels" />
      <div className="flex flex-col gap-4">
        {created.size > 0 ? <Alert tone="success">{t('created')}</Alert> : null}
        {canWrite ? (
          <details
            className="rounded-lg border border-line bg-surface p-4"
            open={boxes.length === 0 || Boolean(itemId)}
          >
            <summary className="min-h-11 cursor-pointer text-lg font-bold">{t('newTitle')}</summary>
            <BoxForm locations={locationRefs(locations)} initialItem={stock?.item ?? null} />
          </details>
        ) : null}
        <Card title={t('listTitle')}>
          {boxes.length === 0 ? (
            <p className="text-ink-soft">{t('none')}</p>
          ) : (
            <form method="get" action="/supplies/labels.pdf" target="_blank" className="flex flex-col gap-3">
              <Table caption={t('listTitle')}>
                <thead>
                  <tr>
                    <Th>
                      <span className="sr-only">{t('select')}</span>
                    </Th>
                    <Th>{t('code')}</Th>
                    <Th>{t('item')}</Th>
                    <Th className="text-end">{t('quantity')}</Th>
                    <Th>{t('location')}</Th>
                    <Th>{t('expiresOn')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {boxes.map((box) => (
                    <tr key={box.id} data-testid="box-row" data-code={box.code}>
                      <Td>
                        <input
                          type="checkbox"
                          name="id"
                          value={box.id}
                          defaultChecked={created.has(box.id)}
                          aria-label={t('selectBox', { code: box.code })}
                          className="size-5 accent-brand"
                        />
                      </Td>
                      <Td>
                        <Link
                          prefetch={false}
                          href={`/supplies/boxes/${box.id}`}
                          className="font-semibold text-brand underline"
                          dir="ltr"
                        >
                          {box.code}
                        </Link>
                      </Td>
                      <Td>{itemName(box.item, locale)}</Td>
                      <Td className="text-end tabular-nums">{format.number(box.quantity)}</Td>
                      <Td>{box.location.name}</Td>
                      <Td>{box.expiresOn ? dayLabel(box.expiresOn, locale) : '—'}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div>
                <button type="submit" className={buttonClasses('primary')} data-testid="print-labels">
                  {t('print')}
                </button>
              </div>
            </form>
          )}
        </Card>
      </div>
    </>
  );
}
