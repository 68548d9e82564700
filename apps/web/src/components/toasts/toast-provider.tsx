'use client';

import { useTranslations } from 'next-intl';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

export interface Toast {
  /** Same id twice replaces the first (a job announced once, however often it is polled). */
  id: string;
  message: string;
  tone?: 'success' | 'error' | 'info';
  action?: { label: string; href: string; download?: boolean };
}

const ToastContext = createContext<((toast: Toast) => void) | null>(null);

/** Push a toast from any client component inside the shell. */
export function useToasts(): (toast: Toast) => void {
  const push = useContext(ToastContext);
  if (!push) throw new Error('useToasts needs the ToastProvider of the app shell');
  return push;
}

const TONES = {
  success: 'border-success bg-success-soft',
  error: 'border-danger bg-danger-soft',
  info: 'border-info bg-info-soft',
} as const;

/**
 * Messages about background work (a dossier finished) in one polite live region at the bottom of the
 * screen. They stay until dismissed: someone reading slowly, or away from the screen, still sees them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations('toasts');
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback(
    (toast: Toast) => setToasts((current) => [...current.filter((known) => known.id !== toast.id), toast]),
    [],
  );
  const dismiss = (id: string) => setToasts((current) => current.filter((toast) => toast.id !== id));
  const value = useMemo(() => push, [push]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label={t('region')}
        data-testid="toast-region"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex flex-col items-center gap-2 p-3 sm:items-end print:hidden"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            data-testid="toast"
            className={cx(
              'pointer-events-auto flex w-full max-w-sm items-center gap-3 rounded-lg border-s-4 p-3 text-sm text-ink shadow-lg',
              TONES[toast.tone ?? 'info'],
            )}
          >
            <p className="flex-1">{toast.message}</p>
            {toast.action ? (
              <a
                href={toast.action.href}
                download={toast.action.download || undefined}
                className="font-semibold text-brand underline underline-offset-2"
                data-testid="toast-action"
              >
                {toast.action.label}
              </a>
            ) : null}
            <button
              type="button"
              onClick={() => dismiss(toast.id)}
              className="min-h-11 min-w-11 rounded-md text-lg leading-none text-ink-soft hover:bg-surface"
              aria-label={t('dismiss')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
