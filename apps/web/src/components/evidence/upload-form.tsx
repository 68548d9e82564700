'use client';

import { useRouter } from 'next/navigation';
import { useTimeZone, useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { fromLocalInput } from '@/lib/incidents/zoned-time';
import { uploadWithProgress, type UploadResult } from './upload-request';

/**
 * Uploads one file through the dashboard's streaming route (the browser never holds the API token),
 * with a progress bar from XMLHttpRequest; the page then shows the stored file with its hash.
 */
export function UploadForm({ url }: { url: string }) {
  const t = useTranslations('incidentFiles');
  const ta = useTranslations('apiErrors');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setResult({ ok: false, code: 'VALIDATION_FAILED', message: t('chooseFile') });
      return;
    }
    // Text fields first: the API reads them before the file's bytes arrive.
    const body = new FormData();
    const acquiredFrom = String(form.get('acquiredFrom') ?? '').trim();
    const acquiredAt = String(form.get('acquiredAt') ?? '').trim();
    if (acquiredFrom) body.append('acquiredFrom', acquiredFrom);
    if (acquiredAt) body.append('acquiredAt', fromLocalInput(acquiredAt, timeZone));
    body.append('file', file, file.name);
    setResult(null);
    setProgress(0);
    const outcome = await uploadWithProgress(url, body, setProgress);
    setProgress(null);
    setResult(outcome);
    if (outcome.ok) {
      formRef.current?.reset();
      router.refresh();
    }
  };

  const errorText = (code: string, message: string) =>
    code === 'VALIDATION_FAILED' ? message : ta.has(code as 'INTERNAL') ? ta(code as 'INTERNAL') : message;

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3 rounded-md bg-muted p-3"
      data-testid="upload-form"
    >
      <h3 className="font-bold">{t('uploadTitle')}</h3>
      <p className="text-sm text-ink-soft">{t('uploadHint')}</p>
      <Input
        name="file"
        id="upload-file"
        type="file"
        label={t('file')}
        accept="image/*,video/*,audio/*,application/pdf"
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Input
          name="acquiredFrom"
          id="upload-acquired-from"
          label={t('acquiredFrom')}
          hint={t('acquiredFromHint')}
          maxLength={500}
        />
        <Input name="acquiredAt" id="upload-acquired-at" type="datetime-local" label={t('acquiredAt')} />
      </div>
      {progress !== null ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="upload-progress" className="text-sm font-semibold">
            {t('uploading', { percent: Math.round(progress * 100) })}
          </label>
          <progress
            id="upload-progress"
            max={1}
            value={progress}
            className="h-3 w-full accent-brand"
            data-testid="upload-progress"
          />
        </div>
      ) : null}
      {result?.ok ? (
        <Alert tone="success" testId="upload-done">
          <p>{t('uploaded', { name: result.file.originalName })}</p>
          <p className="font-mono text-xs break-all" dir="ltr">
            SHA-256 {result.file.sha256}
          </p>
        </Alert>
      ) : null}
      {result && !result.ok ? <Alert tone="error">{errorText(result.code, result.message)}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" disabled={progress !== null} data-testid="upload-submit">
          {t('upload')}
        </Button>
      </div>
    </form>
  );
}
