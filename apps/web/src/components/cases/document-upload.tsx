'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

type Outcome = { ok: true } | { ok: false; message: string };
interface Answer {
  error?: { code?: string; message?: string; details?: { path: string }[] };
}

/**
 * Uploads a document through the dashboard's streaming route (the browser never holds the API
 * token); the API stores it encrypted. Title first: the API reads it before the file's bytes.
 */
export function DocumentUpload({ caseId, consentCovers }: { caseId: string; consentCovers: boolean | null }) {
  const t = useTranslations('caseDetail');
  const ta = useTranslations('apiErrors');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  /** A refusal in words: the missing consent in the reader's language, other 409s and 400s as the API says them. */
  const refusal = async (response: Response | null): Promise<string> => {
    if (!response) return ta('SERVICE_UNAVAILABLE');
    const answer = (await response.json().catch(() => null)) as Answer | null;
    const error = answer?.error;
    if (error?.details?.some((detail) => detail.path === 'consent')) return t('documentsConsentMissing');
    if (error?.message && (error.code === 'CONFLICT' || error.code === 'VALIDATION_FAILED'))
      return error.message;
    return error?.code && ta.has(error.code as 'INTERNAL') ? ta(error.code as 'INTERNAL') : ta('INTERNAL');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ ok: false, message: t('chooseFile') });
      return;
    }
    const body = new FormData();
    const title = String(form.get('title') ?? '').trim();
    body.append('title', title || file.name);
    body.append('file', file, file.name);
    setPending(true);
    setOutcome(null);
    const response = await fetch(`/cases/${caseId}/documents`, { method: 'POST', body }).catch(() => null);
    setPending(false);
    if (response?.ok) {
      formRef.current?.reset();
      setOutcome({ ok: true });
      router.refresh();
      return;
    }
    setOutcome({ ok: false, message: await refusal(response) });
  };

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3 rounded-md bg-muted p-3 print:hidden"
      data-testid="document-form"
    >
      <h3 className="font-bold">{t('uploadDocument')}</h3>
      <p className="text-sm text-ink-soft">
        {consentCovers === false ? t('documentsConsentMissing') : t('uploadHint')}
      </p>
      <Input name="title" id="document-title" label={t('documentTitle')} maxLength={200} dir="auto" />
      <Input name="file" id="document-file" type="file" label={t('documentFile')} required />
      {outcome?.ok ? <Alert tone="success">{t('uploaded')}</Alert> : null}
      {outcome && !outcome.ok ? <Alert tone="error">{outcome.message}</Alert> : null}
      <div>
        <Button
          type="submit"
          variant="primary"
          disabled={pending}
          aria-busy={pending || undefined}
          data-testid="document-submit"
        >
          {pending ? t('uploading') : t('upload')}
        </Button>
      </div>
    </form>
  );
}
