'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/incident-form/form-fields';

export interface NeedChoice {
  id: string;
  label: string;
}

/** The need a distribution answers: an open one, the one it already answers, or none. */
export function NeedField({
  needs,
  value,
  onChange,
}: {
  needs: NeedChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useTranslations('suppliesDistributions');
  return (
    <SelectField
      path="needId"
      label={t('need')}
      value={value}
      onChange={onChange}
      options={[
        { value: '', label: t('noNeed') },
        ...needs.map((need) => ({ value: need.id, label: need.label })),
      ]}
    />
  );
}
