import { can, ROLE_PERMISSIONS, type Permission } from '@vigil/contracts';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { navFor, type NavEntry, type NavId } from '@/lib/nav';

type PermissionKey<P extends string> = P extends `${infer Area}.${infer Action}` ? `${Area}_${Action}` : P;

/** Translation keys cannot contain dots: incidents.read → incidents_read. */
function permissionKey(permission: Permission): PermissionKey<Permission> {
  return permission.replace('.', '_') as PermissionKey<Permission>;
}

export default async function HomePage() {
  const me = await requireUser();
  const t = await getTranslations('home');
  const tr = await getTranslations('roles');
  const tn = await getTranslations('nav');
  const tp = await getTranslations('permissions');
  const ts = await getTranslations('sections');
  const role = me.user.role;
  const sections = navFor(role, can).filter(
    (entry): entry is NavEntry & { id: Exclude<NavId, 'home'> } => entry.id !== 'home',
  );

  return (
    <>
      <PageHeader
        title={t('welcome', { name: me.user.displayName })}
        description={t('roleIs', { role: tr(role) })}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('roleTitle', { role: tr(role) })} description={t(`roleSummary.${role}`)}>
          <h3 className="mb-2 font-semibold">{t('canDo')}</h3>
          <ul className="list-disc ps-6" data-testid="role-permissions">
            {ROLE_PERMISSIONS[role].map((permission) => (
              <li key={permission}>{tp(permissionKey(permission))}</li>
            ))}
          </ul>
        </Card>
        <Card title={t('sectionsTitle')}>
          {sections.length === 0 ? (
            <p>{t('noSections')}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {sections.map((entry) => (
                <li key={entry.id}>
                  <Link
                    prefetch={false}
                    href={entry.href}
                    className="font-semibold text-brand underline underline-offset-2"
                  >
                    {tn(entry.id)}
                  </Link>
                  <p className="text-sm text-ink-soft">{ts(entry.id)}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
