'use client';

import { useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useResend } from '@/components/drafts/use-resend';
import { appendLogAction } from '@/app/(app)/evictions/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormFeedback } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { newIdempotencyKey } from '@/lib/evictions/local-draft';
import type { FormState } from '@/lib/form-state';
import { fromLocalInput, toLocalInput } from '@/lib/incidents/zoned-time';
import type { LogEntry } from './observation-log';

/**
 * Appends one entry (or a correction of an earlier one). The idempotency key lives as long as the
 * entry is unchanged: resending after a lost answer writes it once; a changed entry is a new one.
 * Unsent text stays in the box, and goes by itself when the connection comes back.
 */
export function LogEntryForm({
  evictionId,
  correcting,
  onCancelCorrection,
  onAppended,
}: {
  evictionId: string;
  correcting: LogEntry | null;
  onCancelCorrection: () => void;
  onAppended: (log: LogEntry[]) => void;
}) {
  const t = useTranslations('evictionLog');
  const timeZone = useTimeZone() ?? 'UTC';
  const [observedAt, setObservedAt] = useState('');
  const [text, setText] = useState('');
  const [state, setState] = useState<FormState<LogEntry[]> | 'offline' | null>(null);
  const [pending, setPending] = useState(false);
  const fieldErrors = state && state !== 'offline' ? (state.fieldErrors ?? {}) : {};
  const attempt = useRef<{ signature: string; key: string } | null>(null);

  // "Now" is set in the browser after hydration, so the server and the page never disagree.
  useEffect(() => setObservedAt(toLocalInput(new Date(), timeZone)), [timeZone]);

  const send = async () => {
    if (pending || text.trim() === '') return;
    const body = {
      evictionId,
      observedAt: fromLocalInput(observedAt, timeZone),
      text,
      correctsId: correcting?.id ?? null,
    };
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { signature, key: newIdempotencyKey() };
    setPending(true);
    const result = await appendLogAction({ ...body, idempotencyKey: attempt.current.key }).catch(
      () => 'offline' as const,
    );
    setPending(false);
    if (result !== 'offline' && result.status === 'success' && result.data) {
      attempt.current = null;
      setText('');
      setObservedAt(toLocalInput(new Date(), timeZone));
      setState(null);
      onAppended(result.data);
      return;
    }
    setState(result === 'offline' || result.code === 'SERVICE_UNAVAILABLE' ? 'offline' : result);
  };

  // An entry that could not go out is sent again as soon as the connection is back.
  useResend(() => state === 'offline', send);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 rounded-md bg-muted p-3" data-testid="log-form">
      <h3 className="font-bold">{correcting ? t('correctTitle') : t('addTitle')}</h3>
      {correcting ? (
        <div className="flex flex-col gap-1 text-sm">
          <p>{t('correcting')}</p>
          <blockquote className="border-s-2 border-warning ps-2 italic" dir="auto">
            {correcting.text}
          </blockquote>
          <div>
            <Button variant="ghost" onClick={onCancelCorrection}>
              {t('cancelCorrection')}
            </Button>
          </div>
        </div>
      ) : null}
      <Input
        name="observedAt"
        id="log-observedAt"
        type="datetime-local"
        label={t('observedAt')}
        hint={t('observedAtHint')}
        value={observedAt}
        onChange={(event) => setObservedAt(event.target.value)}
        error={fieldErrors.observedAt}
        required
      />
      <Textarea
        name="text"
        id="log-text"
        label={t('text')}
        hint={t('textHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldErrors.text ?? fieldErrors.correctsId}
        maxLength={5_000}
        required
      />
      {state === 'offline' ? <Alert tone="warning">{t('offline')}</Alert> : null}
      {state && state !== 'offline' ? <FormFeedback state={state} /> : null}
      <div>
        <Button
          type="submit"
          variant="primary"
          disabled={pending || text.trim() === ''}
          data-testid="log-submit"
        >
          {pending ? t('sending') : correcting ? t('addCorrection') : t('add')}
        </Button>
      </div>
    </form>
  );
}
