import type { CaseDetail } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { FoldMarker } from '@/components/ui/fold-marker';
import { CaseTextsForm } from './case-texts-form';

function Text({ title, value, testId }: { title: string; value: string | null; testId: string }) {
  const t = useTranslations('caseDetail');
  return (
    <div className="flex flex-col gap-1">
      <h3 className="font-bold">{title}</h3>
      <p className="whitespace-pre-line" dir="auto" data-testid={testId}>
        {value ?? <span className="text-ink-soft">{t('empty')}</span>}
      </p>
    </div>
  );
}

/**
 * The sealed texts: summary, possible legal arguments (information, not advice), and the person's
 * own decision, which the collective respects. Opened (and audited) only for readers of personal data.
 */
export function CaseTexts({ record, canWrite }: { record: CaseDetail; canWrite: boolean }) {
  const t = useTranslations('caseDetail');
  if (!record.canReadPersonal) {
    return (
      <Card title={t('textsTitle')}>
        <Alert tone="info" testId="texts-restricted">
          {t('textsRestricted')}
        </Alert>
      </Card>
    );
  }
  return (
    <Card title={t('textsTitle')}>
      <div className="flex flex-col gap-4">
        <Text title={t('summary')} value={record.summary} testId="case-summary" />
        <div className="flex flex-col gap-2">
          <Text title={t('legalArguments')} value={record.legalArguments} testId="case-legal-arguments" />
          <p className="rounded-md border-s-4 border-info bg-info-soft p-2 text-sm" data-testid="not-advice">
            {t('notAdvice')}
          </p>
        </div>
        <Text title={t('personDecision')} value={record.personDecision} testId="case-person-decision" />
        {canWrite ? (
          <details className="group print:hidden">
            <summary
              className="flex min-h-11 cursor-pointer items-center font-semibold text-brand"
              data-testid="edit-texts"
            >
              <FoldMarker />
              {t('editTexts')}
            </summary>
            <CaseTextsForm
              record={{
                id: record.id,
                version: record.version,
                summary: record.summary,
                legalArguments: record.legalArguments,
                personDecision: record.personDecision,
              }}
            />
          </details>
        ) : null}
      </div>
    </Card>
  );
}
