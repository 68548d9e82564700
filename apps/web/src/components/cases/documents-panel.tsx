import type { caseDocumentViewSchema } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Card } from '@/components/ui/card';
import { fileSize } from '@/lib/incidents/format';
import { DocumentUpload } from './document-upload';

type CaseDocument = z.output<typeof caseDocumentViewSchema>;

/** Documents, encrypted at rest; each download is a read of personal data, and audited. */
export function DocumentsPanel({
  caseId,
  documents,
  canWrite,
  consentCovers,
}: {
  caseId: string;
  documents: CaseDocument[] | null;
  canWrite: boolean;
  /** Whether the consent in force covers keeping documents; null when unknown. */
  consentCovers: boolean | null;
}) {
  const t = useTranslations('caseDetail');
  const format = useFormatter();
  return (
    <Card title={t('documentsTitle')}>
      <div className="flex flex-col gap-3">
        {documents === null ? <p className="text-ink-soft">{t('documentsRestricted')}</p> : null}
        {documents?.length === 0 ? <p className="text-ink-soft">{t('noDocuments')}</p> : null}
        <ul className="flex flex-col gap-2" data-testid="document-list">
          {(documents ?? []).map((document) => (
            <li
              key={document.id}
              className="flex flex-col gap-1 rounded-md border border-line p-3 text-sm"
              data-testid="document"
            >
              <a
                href={`/cases/${caseId}/documents/${document.id}`}
                className="font-semibold break-all text-brand underline underline-offset-2"
                download
                dir="auto"
              >
                {document.title}
              </a>
              <span className="text-ink-soft">
                {document.mediaType} · {fileSize(format, document.sizeBytes)} ·{' '}
                {format.dateTime(document.uploadedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                {document.uploadedBy ? ` · ${document.uploadedBy.displayName}` : null}
              </span>
              <code className="font-mono text-xs break-all text-ink-soft" dir="ltr">
                SHA-256 {document.sha256}
              </code>
            </li>
          ))}
        </ul>
        {canWrite && documents !== null ? (
          <DocumentUpload caseId={caseId} consentCovers={consentCovers} />
        ) : null}
      </div>
    </Card>
  );
}
