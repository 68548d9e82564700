import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';

export default function NotFound() {
  const t = useTranslations('errors');
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 px-3 py-16">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <div>
        <ButtonLink href="/">{t('backHome')}</ButtonLink>
      </div>
    </main>
  );
}
