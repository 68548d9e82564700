import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';

export function ForbiddenNotice() {
  const t = useTranslations('errors');
  return (
    <div className="flex max-w-xl flex-col gap-4" data-testid="forbidden">
      <h1 className="text-2xl font-bold">{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <div>
        <ButtonLink href="/">{t('backHome')}</ButtonLink>
      </div>
    </div>
  );
}
