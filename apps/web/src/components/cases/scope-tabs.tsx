import Link from 'next/link';
import { cx } from '@/components/ui/cx';

/** "Mine" and "all" as two tabs (coordinators see both). */
export function ScopeTabs({
  label,
  current,
  tabs,
}: {
  label: string;
  current: 'mine' | 'all';
  tabs: Record<'mine' | 'all', { href: string; text: string }>;
}) {
  return (
    <nav aria-label={label} className="flex gap-2 print:hidden" data-testid="scope-tabs">
      {(['mine', 'all'] as const).map((scope) => (
        <Link
          key={scope}
          prefetch={false}
          href={tabs[scope].href}
          aria-current={scope === current ? 'page' : undefined}
          data-testid={`scope-${scope}`}
          className={cx(
            'inline-flex min-h-11 items-center rounded-md border px-4 text-sm font-semibold',
            scope === current ? 'border-brand bg-brand text-white' : 'border-line-strong bg-surface',
          )}
        >
          {tabs[scope].text}
        </Link>
      ))}
    </nav>
  );
}
