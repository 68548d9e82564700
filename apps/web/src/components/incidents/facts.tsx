import type { ReactNode } from 'react';

/** A definition list of label → value pairs; empty values show a dash, never a blank. */
export function Facts({ items, testId }: { items: { label: string; value: ReactNode }[]; testId?: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid={testId}>
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-sm font-semibold text-ink-soft">{item.label}</dt>
          <dd className="text-ink break-words">
            {item.value === null || item.value === '' ? '—' : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Stands in for a field this role may not see: it exists, but is not for this reader. */
export function Restricted({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center gap-1 text-ink-soft italic" data-testid="restricted">
      <svg
        viewBox="0 0 24 24"
        width="14"
        height="14"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <rect x="5" y="11" width="14" height="10" rx="2" />
        <path d="M8 11V8a4 4 0 0 1 8 0v3" />
      </svg>
      {label}
    </span>
  );
}
