import { can, partnerListQuerySchema, partnerListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PARTNER_KINDS } from '@vigil/contracts/enums';
import { CasesNav } from '@/components/cases/cases-nav';
import { PartnerForm } from '@/components/cases/partner-form';
import { PartnerList } from '@/components/cases/partner-list';
import { FilterFrame } from '@/components/filters/filter-frame';
import { Alert } from '@/components/ui/alert';
import { Checkbox } from '@/components/ui/checkbox';
import { FoldSection } from '@/components/ui/fold-section';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Select } from '@/components/ui/select';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { param } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('caseDirectory');
  return { title: t('title') };
}

/** Partner organisations and solicitors, by kind and language; coordinators keep it up to date. */
export default async function DirectoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('cases.read');
  const t = await getTranslations('caseDirectory');
  const te = await getTranslations('caseEnums');
  const params = await searchParams;
  const canManage = can(me.user.role, 'cases.manage_all');
  const query = {
    kind: param(params, 'kind'),
    language: param(params, 'language'),
    q: param(params, 'q'),
    includeInactive: canManage && param(params, 'includeInactive') === 'true' ? 'true' : undefined,
  };
  const valid = partnerListQuerySchema.safeParse(query).success;
  const partners = valid
    ? (await api('/api/partners', { schema: partnerListResponseSchema, query, context: 'page' })).partners
    : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <CasesNav role={me.user.role} current="directory" />
      <div className="flex flex-col gap-4">
        <FilterFrame
          action="/cases/directory"
          label={t('filterLabel')}
          testId="partner-filters"
          applyLabel={t('apply')}
          clearLabel={t('clear')}
          applyTestId="apply-partner-filters"
          className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4"
        >
          <Input name="q" id="pf-q" type="search" label={t('q')} defaultValue={query.q} maxLength={80} />
          <Select
            name="kind"
            id="pf-kind"
            label={t('kind')}
            defaultValue={query.kind ?? ''}
            options={[
              { value: '', label: t('anyKind') },
              ...PARTNER_KINDS.map((v) => ({ value: v, label: te(`partnerKind.${v}`) })),
            ]}
          />
          <Input
            name="language"
            id="pf-language"
            label={t('language')}
            defaultValue={query.language}
            maxLength={40}
          />
          {canManage ? (
            <Checkbox
              id="pf-inactive"
              name="includeInactive"
              value="true"
              label={t('includeInactive')}
              defaultChecked={query.includeInactive === 'true'}
            />
          ) : null}
        </FilterFrame>
        {canManage ? (
          <FoldSection title={t('addTitle')} open={false} testId="add-partner">
            <div className="px-4 pb-4">
              <PartnerForm />
            </div>
          </FoldSection>
        ) : null}
        {partners === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <PartnerList partners={partners} canManage={canManage} />
        )}
      </div>
    </>
  );
}
