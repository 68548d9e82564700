import { can, type Permission, type Role } from '@vigil/contracts';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';

export type CasesSection = 'list' | 'deadlines' | 'directory' | 'workload';

const SECTIONS: readonly { id: CasesSection; href: string; permission: Permission }[] = [
  { id: 'list', href: '/cases', permission: 'cases.read' },
  { id: 'deadlines', href: '/cases/deadlines', permission: 'cases.read' },
  { id: 'directory', href: '/cases/directory', permission: 'cases.read' },
  { id: 'workload', href: '/cases/workload', permission: 'cases.manage_all' },
];

/** The parts of casework, as a row of tabs that scrolls sideways on a phone (hidden on paper). */
export async function CasesNav({ role, current }: { role: Role; current: CasesSection | null }) {
  const t = await getTranslations('cases.sections');
  return (
    <nav aria-label={t('label')} className="-mx-3 mb-4 overflow-x-auto px-3 sm:mx-0 sm:px-0 print:hidden">
      <ul className="flex gap-1 border-b border-line">
        {SECTIONS.filter((section) => can(role, section.permission)).map((section) => (
          <li key={section.id}>
            <Link
              prefetch={false}
              href={section.href}
              data-testid={`cases-nav-${section.id}`}
              aria-current={section.id === current ? 'page' : undefined}
              className={cx(
                'inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold whitespace-nowrap',
                section.id === current
                  ? 'border-brand text-brand'
                  : 'border-transparent text-ink-soft hover:text-ink',
              )}
            >
              {t(section.id)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
