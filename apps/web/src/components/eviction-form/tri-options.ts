import type { useTranslations } from 'next-intl';
import type { Tri } from '@/lib/evictions/form-model';

type Translate = ReturnType<typeof useTranslations<'evictionEnums'>>;

/** Yes / no / not known, in that order, for every tri-state question of the form. */
export function triOptions(t: Translate): { value: Tri; label: string }[] {
  return [
    { value: 'yes', label: t('tri.yes') },
    { value: 'no', label: t('tri.no') },
    { value: '', label: t('tri.unknown') },
  ];
}
