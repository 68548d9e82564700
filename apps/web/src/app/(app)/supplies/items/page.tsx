import { can, supplyItemListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CatalogueFilterForm } from '@/components/supplies/catalogue-filter-form';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Td, Th } from '@/components/ui/table';
import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { catalogueQuery, itemNameSort, nextPageHref } from '@/lib/supplies/catalogue-query';
import { itemName } from '@/lib/supplies/names';
import { keysetSortLink } from '@/lib/tables/sort';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesCatalogue');
  return { title: t('title') };
}

const PAGE_SIZE = 100;

/**
 * The catalogue by name (or code, or category, from the column headers): everyone who reads supplies
 * sees it; administrators add and change items.
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('suppliesCatalogue');
  const ts = await getTranslations('supplies');
  const te = await getTranslations('suppliesEnums');
  const locale = await getLocale();
  const params = await searchParams;
  const query = catalogueQuery(params);
  const nameSort = itemNameSort(locale);
  const sort = query.sort ?? nameSort.asc;
  const header = (orders: Record<'asc' | 'desc', string>) =>
    keysetSortLink('/supplies/items', params, sort, orders);
  const page = await api('/api/supplies/items', {
    schema: supplyItemListResponseSchema,
    query: { ...query, sort, limit: PAGE_SIZE },
    context: 'page',
  }).catch((error: unknown) => {
    // A cursor that no longer reads (edited by hand) is a bad filter, not a broken page.
    if (isApiError(error) && error.code === 'VALIDATION_FAILED') return null;
    throw error;
  });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can(me.user.role, 'vocabularies.manage') ? (
            <ButtonLink href="/supplies/items/new" variant="primary" testId="new-item">
              {t('new')}
            </ButtonLink>
          ) : null
        }
      />
      <SuppliesNav role={me.user.role} current="catalogue" />
      <div className="flex flex-col gap-4">
        <CatalogueFilterForm query={query} />
        {page === null ? <Alert tone="error">{ts('badFilter')}</Alert> : null}
        {page?.items.length === 0 ? <p className="text-ink-soft">{t('none')}</p> : null}
        {page && page.items.length > 0 ? (
          <Table caption={t('caption')}>
            <thead>
              <tr>
                <SortableTh label={t('name')} sort={header(nameSort)} testId="sort-name" />
                <SortableTh
                  label={t('code')}
                  sort={header({ asc: 'code_asc', desc: 'code_desc' })}
                  testId="sort-code"
                />
                <SortableTh
                  label={t('category')}
                  sort={header({ asc: 'category_asc', desc: 'category_desc' })}
                  testId="sort-category"
                />
                <Th>{t('unit')}</Th>
                <Th>{t('status')}</Th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id} data-testid="catalogue-row" data-code={item.code}>
                  <Td>
                    <Link
                      prefetch={false}
                      href={`/supplies/items/${item.id}`}
                      className="font-semibold text-brand underline"
                    >
                      {itemName(item, locale)}
                    </Link>
                  </Td>
                  <Td dir="ltr">{item.code}</Td>
                  <Td>{te(`category.${item.category}`)}</Td>
                  <Td>{te(`unit.${item.unit}`)}</Td>
                  <Td>{item.active ? t('stocked') : <Badge tone="danger">{t('retired')}</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
        {page?.nextCursor ? (
          <div>
            <ButtonLink href={nextPageHref(query, page.nextCursor)}>{t('next')}</ButtonLink>
          </div>
        ) : null}
      </div>
    </>
  );
}
