import { type Permission, type Role, ROLE_PERMISSIONS } from '@vigil/contracts';
import { useTranslations } from 'next-intl';

type PermissionKey<P extends string> = P extends `${infer Area}.${infer Action}` ? `${Area}_${Action}` : P;

/** Translation keys cannot contain dots: incidents.read → incidents_read. */
function permissionKey(permission: Permission): PermissionKey<Permission> {
  return permission.replace('.', '_') as PermissionKey<Permission>;
}

/** What the role is for in a sentence, and its permissions folded away beneath. */
export function RoleSummary({ role }: { role: Role }) {
  const t = useTranslations('home');
  const tp = useTranslations('permissions');
  return (
    <details className="text-sm text-ink-soft" data-testid="role-summary">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">{t('canDo')}</summary>
      <p className="mb-2 max-w-prose">{t(`roleSummary.${role}`)}</p>
      <ul className="list-disc ps-6" data-testid="role-permissions">
        {ROLE_PERMISSIONS[role].map((permission) => (
          <li key={permission}>{tp(permissionKey(permission))}</li>
        ))}
      </ul>
    </details>
  );
}
