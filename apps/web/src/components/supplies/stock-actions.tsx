import { can, type Role } from '@vigil/contracts';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';

/**
 * What a role can record, as big buttons (two per row on a phone). Links carry the location being
 * looked at, so "record a donation here" starts at the right place.
 */
export async function StockActions({ role, locationId }: { role: Role; locationId?: string }) {
  const t = await getTranslations('supplies');
  const here = locationId ? `?locationId=${locationId}` : '';
  const links = [
    can(role, 'supplies.write') && {
      href: `/supplies/donations/new${here}`,
      label: t('recordDonation'),
      primary: true,
    },
    can(role, 'supplies.write') && {
      href: `/supplies/distributions/record${here}`,
      label: t('recordDistribution'),
    },
    can(role, 'supplies.write') && {
      href: `/supplies/transfers/new${locationId ? `?fromLocationId=${locationId}` : ''}`,
      label: t('transfer'),
    },
    can(role, 'supplies.write') && { href: `/supplies/write-offs/new${here}`, label: t('writeOff') },
    can(role, 'supplies.stocktake') && { href: `/supplies/stocktake${here}`, label: t('stocktake') },
  ].filter((link): link is { href: string; label: string; primary?: boolean } => Boolean(link));
  if (links.length === 0) return null;
  return (
    <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap" data-testid="stock-actions">
      {links.map((link) => (
        <ButtonLink key={link.href} href={link.href} variant={link.primary ? 'primary' : 'secondary'}>
          {link.label}
        </ButtonLink>
      ))}
    </div>
  );
}
