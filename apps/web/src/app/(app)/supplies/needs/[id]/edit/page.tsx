import { needResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NeedForm } from '@/components/supplies/need-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchSites } from '@/lib/incidents/sites';
import { needAsker } from '@/lib/supplies/need-choices';
import { needToDraft } from '@/lib/supplies/need-draft';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesNeeds');
  return { title: t('editTitle') };
}

/** An open need: who asks, by when and what, changed over the version shown. */
export default async function EditNeedPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('supplies.write');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('suppliesNeeds');
  const te = await getTranslations('suppliesEnums');
  const [{ need }, sites] = await Promise.all([
    api(`/api/supplies/needs/${id}`, { schema: needResponseSchema, context: 'page' }),
    fetchSites(),
  ]);
  const back = (
    <ButtonLink href={`/supplies/needs?status=${need.status}#need-${id}`} variant="ghost">
      {t('backToNeeds')}
    </ButtonLink>
  );
  return (
    <>
      <PageHeader title={`${t('editTitle')} · ${needAsker(need)}`} description={t('editIntro')} />
      <div className="flex flex-col items-stretch gap-4">
        {need.status === 'open' ? (
          <NeedForm sites={sites} editing={{ id, version: need.version, initial: needToDraft(need) }} />
        ) : (
          <Alert tone="warning" testId="not-open">
            {t('onlyOpen', { status: te(`needStatus.${need.status}`) })}
          </Alert>
        )}
        <div>{back}</div>
      </div>
    </>
  );
}
