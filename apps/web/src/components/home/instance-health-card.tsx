import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { HomeCard, MoreLink, type Block } from './home-card';

/** The administrator's morning: accounts, open sessions, the lock and the audit chain. No one named. */
export function InstanceHealthCard({ block }: { block: Block<'instanceHealth'> }) {
  const t = useTranslations('home.health');
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const head = block.auditHead;
  return (
    <HomeCard
      id="instanceHealth"
      title={t('title')}
      wide
      footer={
        <>
          <MoreLink href="/admin/users">{t('users_link')}</MoreLink>
          <MoreLink href="/admin/settings">{t('settings_link')}</MoreLink>
          <MoreLink href="/admin/audit">{t('audit_link')}</MoreLink>
        </>
      }
    >
      <ul className="flex flex-col gap-2">
        <li>
          {block.emergencyLock ? (
            <Badge tone="danger">{t('lockOn', { date: when(block.emergencyLock.lockedAt) })}</Badge>
          ) : (
            <Badge tone="success">{t('lockOff')}</Badge>
          )}
        </li>
        <li>{t('users', block.users)}</li>
        <li>{t('sessions', { count: block.liveSessions })}</li>
        <li>
          {head.lastAt ? t('audit', { id: head.lastId, date: when(head.lastAt) }) : t('auditEmpty')}
          {head.lastAt ? (
            <span className="block font-mono text-xs break-all text-ink-soft" dir="ltr">
              {t('auditHash', { hash: head.lastHash })}
            </span>
          ) : null}
        </li>
      </ul>
    </HomeCard>
  );
}
