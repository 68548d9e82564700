import { useTranslations } from 'next-intl';
import { Badge, type Tone } from '@/components/ui/badge';
import type { SITE_STATUSES } from '@vigil/contracts/enums';

type SiteStatus = (typeof SITE_STATUSES)[number];

const TONES: Record<SiteStatus, Tone> = {
  scouted: 'neutral',
  opened: 'info',
  active: 'success',
  threatened: 'warning',
  raided: 'danger',
  evicted: 'danger',
  sealed: 'neutral',
  demolished: 'neutral',
  reoccupied: 'info',
  closed: 'neutral',
};

export function SiteStatusBadge({ status }: { status: SiteStatus }) {
  const t = useTranslations('siteEnums');
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}
