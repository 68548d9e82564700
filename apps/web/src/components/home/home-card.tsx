import type { OverviewBlockId, OverviewBlocks } from '@vigil/contracts';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

/** One block of the overview as the API gave it. */
export type Block<Id extends OverviewBlockId> = NonNullable<OverviewBlocks[Id]>;

/** A block's card; `wide` spans both columns on a desktop. */
export function HomeCard({
  id,
  title,
  description,
  footer,
  wide = false,
  children,
}: {
  id: OverviewBlockId;
  title: ReactNode;
  description?: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div data-testid={`home-${id}`} className={wide ? 'min-w-0 lg:col-span-2' : 'min-w-0'}>
      <Card title={title} description={description}>
        <div className="flex flex-col gap-3">
          {children}
          {footer ? <div className="flex flex-wrap gap-x-6">{footer}</div> : null}
        </div>
      </Card>
    </div>
  );
}

/** Into the module: big enough to tap on a phone. */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      prefetch={false}
      href={href}
      className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-2"
    >
      {children}
    </Link>
  );
}

/** What an empty block says: what to do, not only that there is nothing. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-ink-soft">{children}</p>;
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="font-semibold text-ink">{children}</h3>;
}

export function Rows({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <ul className="flex flex-col divide-y divide-line" data-testid={testId}>
      {children}
    </ul>
  );
}

/** A record or an item, linking to its page, with a line of facts and something on the side. */
export function Row({
  href,
  title,
  meta,
  aside,
  download = false,
}: {
  href: string;
  title: ReactNode;
  meta?: ReactNode;
  aside?: ReactNode;
  /** A file from the API (a dossier's PDF): a plain link, not a page navigation. */
  download?: boolean;
}) {
  const className = 'inline-block py-1 font-semibold break-words text-brand underline underline-offset-2';
  return (
    <li className="flex items-start justify-between gap-3 py-2">
      <div className="flex min-w-0 flex-col">
        {download ? (
          <a href={href} className={className} download>
            {title}
          </a>
        ) : (
          <Link prefetch={false} href={href} className={className} dir="auto">
            {title}
          </Link>
        )}
        {meta ? <span className="text-sm text-ink-soft">{meta}</span> : null}
      </div>
      {aside ? <div className="shrink-0">{aside}</div> : null}
    </li>
  );
}
