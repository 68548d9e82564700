import { can, type Permission, type Role } from '@vigil/contracts';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';

type SectionId =
  'stock' | 'catalogue' | 'distributions' | 'needs' | 'labels' | 'reports' | 'locations' | 'import';

/** Each section shows to roles holding any of its permissions. */
const SECTIONS: readonly { id: SectionId; href: string; permission: readonly Permission[] }[] = [
  { id: 'stock', href: '/supplies', permission: ['supplies.read'] },
  { id: 'catalogue', href: '/supplies/items', permission: ['supplies.read'] },
  { id: 'distributions', href: '/supplies/distributions', permission: ['supplies.read'] },
  { id: 'needs', href: '/supplies/needs', permission: ['supplies.read'] },
  { id: 'labels', href: '/supplies/labels', permission: ['supplies.read'] },
  { id: 'reports', href: '/supplies/reports', permission: ['supplies.read'] },
  { id: 'locations', href: '/supplies/locations', permission: ['supplies.read'] },
  { id: 'import', href: '/supplies/import', permission: ['supplies.stocktake', 'vocabularies.manage'] },
];

/** The parts of the supplies module, as a row of tabs that scrolls sideways on a phone. */
export async function SuppliesNav({ role, current }: { role: Role; current: SectionId }) {
  const t = await getTranslations('supplies.sections');
  return (
    <nav aria-label={t('label')} className="-mx-3 mb-4 overflow-x-auto px-3 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 border-b border-line">
        {SECTIONS.filter((section) => section.permission.some((permission) => can(role, permission))).map(
          (section) => (
            <li key={section.id}>
              <Link
                prefetch={false}
                href={section.href}
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
          ),
        )}
      </ul>
    </nav>
  );
}
