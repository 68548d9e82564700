import type { evidenceFileSummarySchema } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { Card } from '@/components/ui/card';
import { fileSize } from '@/lib/incidents/format';
import { UploadForm } from './upload-form';

/**
 * Evidence files: working-copy thumbnails (metadata stripped), size and SHA-256 of the untouched
 * original, and the original itself only for roles allowed to read it.
 */
export async function EvidenceFiles({
  files,
  uploadUrl,
  canReadOriginal,
}: {
  files: z.output<typeof evidenceFileSummarySchema>[];
  /** Where the upload form sends the file (through the dashboard); null: no upload for this reader. */
  uploadUrl: string | null;
  canReadOriginal: boolean;
}) {
  const t = await getTranslations('incidentFiles');
  const format = await getFormatter();
  return (
    <Card title={t('title')} description={t('intro')}>
      <div className="flex flex-col gap-4">
        {files.length === 0 ? <p className="text-ink-soft">{t('none')}</p> : null}
        <ul className="flex flex-col gap-3" data-testid="file-list">
          {files.map((file) => (
            <li
              key={file.id}
              className="flex flex-col gap-3 rounded-md border border-line p-3 sm:flex-row"
              data-testid="file"
              data-name={file.originalName}
            >
              {file.hasWorkingCopy && file.mediaType.startsWith('image/') ? (
                <img
                  src={`/api/files/${file.id}/working-copy`}
                  alt={t('thumbnailAlt', { name: file.originalName })}
                  loading="lazy"
                  className="size-24 shrink-0 rounded-md border border-line bg-muted object-cover"
                />
              ) : null}
              <div className="flex min-w-0 flex-col gap-1 text-sm">
                <p className="font-semibold break-all" dir="auto">
                  {file.originalName}
                </p>
                <p className="text-ink-soft">
                  {file.mediaType} · {fileSize(format, file.sizeBytes)} ·{' '}
                  {format.dateTime(file.uploadedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </p>
                <p>
                  <span className="font-semibold">SHA-256</span>{' '}
                  <code className="font-mono text-xs break-all" dir="ltr" data-testid="file-sha256">
                    {file.sha256}
                  </code>
                </p>
                <p className="flex flex-wrap gap-3">
                  {file.hasWorkingCopy ? (
                    <a
                      href={`/api/files/${file.id}/working-copy`}
                      className="text-brand underline underline-offset-2"
                      download
                    >
                      {t('downloadWorkingCopy')}
                    </a>
                  ) : null}
                  {canReadOriginal ? (
                    <a
                      href={`/api/files/${file.id}/original`}
                      className="text-brand underline underline-offset-2"
                      download
                      data-testid="download-original"
                    >
                      {t('downloadOriginal')}
                    </a>
                  ) : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
        {uploadUrl ? <UploadForm url={uploadUrl} /> : null}
      </div>
    </Card>
  );
}
