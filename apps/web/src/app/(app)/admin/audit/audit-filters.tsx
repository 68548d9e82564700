import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** A GET form: filters live in the URL, so a filtered view can be reloaded or bookmarked. */
export function AuditFilters({
  values,
}: {
  values: Record<'actorId' | 'action' | 'entityType' | 'entityId', string>;
}) {
  const t = useTranslations('audit');
  return (
    <form
      method="get"
      action="/admin/audit"
      className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4"
      role="search"
      aria-label={t('filters')}
    >
      <Input
        name="action"
        label={t('action')}
        defaultValue={values.action}
        placeholder="auth.login"
        dir="ltr"
      />
      <Input name="entityType" label={t('entityType')} defaultValue={values.entityType} dir="ltr" />
      <Input name="entityId" label={t('entityId')} defaultValue={values.entityId} dir="ltr" />
      <Input name="actorId" label={t('actorId')} defaultValue={values.actorId} dir="ltr" />
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClasses('primary')}>
          {t('apply')}
        </button>
        <a href="/admin/audit" className={buttonClasses('secondary')}>
          {t('clear')}
        </a>
      </div>
    </form>
  );
}
