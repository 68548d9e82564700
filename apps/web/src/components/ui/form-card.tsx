import type { ReactNode } from 'react';

/** The always-open first part of a long record form (what a minimal draft needs), with its heading. */
export function FormCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 shadow-sm"
      aria-labelledby={id}
    >
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
