import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';

export default function AppNotFound() {
  const t = useTranslations('errors');
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <div>
        <ButtonLink href="/">{t('backHome')}</ButtonLink>
      </div>
    </div>
  );
}
