import Link from 'next/link';
import type { IncidentRow } from '@/lib/incidents/rows';

/** Incidents as short linked lines (reference · title, then when and what), e.g. under a site or an eviction. */
export function IncidentLinks({ rows, testId }: { rows: IncidentRow[]; testId: string }) {
  return rows.map((row) => (
    <li key={row.id} data-testid={testId}>
      <Link href={`/incidents/${row.id}`} prefetch={false} className="font-semibold text-brand underline">
        <span dir="ltr">{row.reference}</span> · {row.title}
      </Link>
      <p className="text-sm text-ink-soft">
        {[row.when, row.actTypes.join(', ')].filter(Boolean).join(' · ')}
      </p>
    </li>
  ));
}
