import type { UserView } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

/** Status, 2FA, lock and demo flags, each as a worded badge. */
export function UserBadges({ user }: { user: UserView }) {
  const t = useTranslations('users');
  const statusTone = user.status === 'active' ? 'success' : user.status === 'invited' ? 'info' : 'neutral';
  return (
    <div className="flex flex-wrap gap-1" data-testid="user-badges">
      <Badge tone={statusTone}>{t(`status.${user.status}`)}</Badge>
      <Badge tone={user.mfaEnabled ? 'success' : 'warning'}>
        {user.mfaEnabled ? t('mfaOn') : t('mfaOff')}
      </Badge>
      {user.locked ? <Badge tone="danger">{t('locked')}</Badge> : null}
      {user.demoAccount ? <Badge tone="info">{t('demo')}</Badge> : null}
    </div>
  );
}
