import type { MeResponse } from '@vigil/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ServiceWorkerRegistration } from '@/components/pwa/service-worker-registration';
import { LanguageSwitcher } from './language-switcher';
import { MenuDisclosure } from './menu-disclosure';
import { PanicButton } from './panic-button';
import { SignOutButton } from './sign-out-button';

const ACCOUNT_LINKS = [
  { href: '/account', key: 'profile' },
  { href: '/account/sessions', key: 'sessions' },
  { href: '/account/two-factor', key: 'twoFactor' },
  { href: '/account/password', key: 'password' },
] as const;

/** A disclosure (<details>) rather than a scripted popup: keyboard and screen-reader friendly as is. */
export function UserMenu({ me }: { me: MeResponse }) {
  const t = useTranslations('userMenu');
  const tr = useTranslations('roles');
  return (
    <>
      {/* The offline shell is offered once signed in; this menu is on every such page. */}
      <ServiceWorkerRegistration />
      <MenuDisclosure
        summary={
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 hover:bg-muted [&::-webkit-details-marker]:hidden">
            <span className="max-w-40 truncate font-semibold">{me.user.displayName}</span>
            <span className="hidden text-sm text-ink-soft sm:inline">{tr(me.user.role)}</span>
            <span aria-hidden="true" className="text-ink-soft group-open:rotate-180">
              ▾
            </span>
            <span className="sr-only">{t('open')}</span>
          </summary>
        }
      >
        <div className="absolute end-0 z-20 mt-2 flex w-[min(20rem,calc(100vw-1rem))] flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-lg">
          <div>
            <p className="text-sm text-ink-soft">{t('signedInAs')}</p>
            <p className="font-semibold break-all">{me.user.email}</p>
            <p className="text-sm" data-testid="user-role">
              {tr(me.user.role)}
            </p>
          </div>
          <nav aria-label={t('accountNav')}>
            <ul className="flex flex-col">
              {ACCOUNT_LINKS.map((link) => (
                <li key={link.href}>
                  <Link
                    prefetch={false}
                    href={link.href}
                    className="block rounded-md px-2 py-2 hover:bg-muted"
                  >
                    {t(link.key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher persist id="menu-language" />
          <SignOutButton label={t('signOut')} />
          <PanicButton />
        </div>
      </MenuDisclosure>
    </>
  );
}
