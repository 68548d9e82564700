import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { STATUS_TONES } from '@/lib/supplies/distributions';
import type { DistributionStatus } from '@vigil/contracts/enums';
import { SERVED_GROUPS } from '@/lib/supplies/enums';

export function DistributionStatusBadge({ status }: { status: DistributionStatus }) {
  const te = useTranslations('suppliesEnums');
  return <Badge tone={STATUS_TONES[status]}>{te(`distributionStatus.${status}`)}</Badge>;
}

/**
 * People served, group by group ("40 men · 12 women · 5 families · 9 minors"): the groups overlap
 * (a family has minors), so they are never added up.
 */
export function ServedSummary({
  served,
}: {
  served: { men: number; women: number; families: number; minors: number } | null;
}) {
  const te = useTranslations('suppliesEnums');
  if (!served) return <>—</>;
  return (
    <span data-testid="served">
      {SERVED_GROUPS.map((group) => `${served[group]} ${te(`served.${group}`).toLocaleLowerCase()}`).join(
        ' · ',
      )}
    </span>
  );
}
