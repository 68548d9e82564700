'use client';

import type { CaseDetail } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { updateCaseAction } from '@/app/(app)/cases/[id]/actions';
import { Textarea } from '@/components/ui/textarea';
import { ActionForm } from './action-form';

const FIELDS = ['summary', 'legalArguments', 'personDecision'] as const;

/** Edits the three sealed texts together, over the version shown. */
export function CaseTextsForm({
  record,
}: {
  record: Pick<CaseDetail, 'id' | 'version' | (typeof FIELDS)[number]>;
}) {
  const t = useTranslations('caseDetail');
  return (
    <ActionForm
      key={record.version}
      action={updateCaseAction}
      hidden={{ caseId: record.id, version: String(record.version) }}
      success={t('saved')}
      submitLabel={t('saveTexts')}
      testId="texts-form"
    >
      {({ error, typed }) =>
        FIELDS.map((name) => (
          <Textarea
            key={name}
            name={name}
            id={`texts-${name}`}
            label={t(name)}
            hint={name === 'legalArguments' ? t('notAdvice') : undefined}
            defaultValue={typed(name) ?? record[name] ?? ''}
            error={error(name)}
            maxLength={20_000}
            rows={name === 'summary' ? 5 : 3}
            dir="auto"
          />
        ))
      }
    </ActionForm>
  );
}
