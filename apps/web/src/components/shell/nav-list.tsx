'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

export interface NavLink {
  id: string;
  href: string;
  label: string;
  group: 'work' | 'admin';
}

function matches(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The most specific entry wins: /incidents/dossier marks "Dossiers", not "Incidents" as well. */
function isActive(pathname: string, href: string, links: NavLink[]): boolean {
  if (!matches(pathname, href)) return false;
  return !links.some((other) => other.href.length > href.length && matches(pathname, other.href));
}

/**
 * A row that scrolls sideways on phones, a sidebar from medium screens up. No prefetching: each
 * prefetch would render the page on the server and call the API (and, for future modules, could
 * log a read of personal data the user never opened).
 */
export function NavList({
  links,
  label,
  adminLabel,
}: {
  links: NavLink[];
  label: string;
  adminLabel: string;
}) {
  const pathname = usePathname();
  const renderLink = (link: NavLink) => {
    const active = isActive(pathname, link.href, links);
    return (
      <li key={link.id}>
        <Link
          prefetch={false}
          href={link.href}
          data-nav-id={link.id}
          aria-current={active ? 'page' : undefined}
          className={cx(
            'block min-h-11 rounded-md px-3 py-2.5 whitespace-nowrap hover:bg-muted',
            active ? 'bg-muted font-bold text-brand' : 'text-ink',
          )}
        >
          {link.label}
        </Link>
      </li>
    );
  };
  const work = links.filter((link) => link.group === 'work');
  const admin = links.filter((link) => link.group === 'admin');
  return (
    <nav
      aria-label={label}
      data-testid="main-nav"
      className="relative flex gap-1 overflow-x-auto md:flex-col md:overflow-visible"
    >
      <ul className="flex gap-1 md:flex-col">{work.map(renderLink)}</ul>
      {admin.length > 0 ? (
        <>
          <h2 className="sr-only px-3 pb-1 text-xs font-semibold tracking-wide text-ink-soft uppercase md:not-sr-only md:mt-4">
            {adminLabel}
          </h2>
          <ul className="flex gap-1 md:flex-col">{admin.map(renderLink)}</ul>
        </>
      ) : null}
    </nav>
  );
}
