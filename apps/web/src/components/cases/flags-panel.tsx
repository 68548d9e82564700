import type { CaseDetail } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { FoldMarker } from '@/components/ui/fold-marker';
import { useFlagLabel } from './case-badges';
import { ClearFlagButton, SetFlagForm } from './flag-forms';

type Flag = CaseDetail['flags'][number];

function FlagEntry({ flag, caseId, canWrite }: { flag: Flag; caseId: string; canWrite: boolean }) {
  const t = useTranslations('caseDetail');
  const format = useFormatter();
  const label = useFlagLabel();
  const at = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li
      className="flex flex-col gap-1 rounded-md border border-line p-3"
      data-testid="flag"
      data-flag={flag.flag}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className={flag.clearedAt ? 'font-semibold text-ink-soft' : 'font-semibold text-danger'}>
          {label(flag.flag)}
        </span>
        {canWrite && !flag.clearedAt ? (
          <ClearFlagButton caseId={caseId} flagId={flag.id} flag={flag.flag} />
        ) : null}
      </div>
      <p className="text-sm">
        {t('flagSet', { who: flag.setBy?.displayName ?? t('someone'), at: at(flag.setAt) })}:{' '}
        <span dir="auto">{flag.setReason}</span>
      </p>
      {flag.clearedAt ? (
        <p className="text-sm">
          {t('flagCleared', { who: flag.clearedBy?.displayName ?? t('someone'), at: at(flag.clearedAt) })}:{' '}
          <span dir="auto">{flag.clearReason}</span>
        </p>
      ) : null}
    </li>
  );
}

/** Open flags with why and by whom; cleared ones folded away, both kept. */
export function FlagsPanel({ record, canWrite }: { record: CaseDetail; canWrite: boolean }) {
  const t = useTranslations('caseDetail');
  const open = record.flags.filter((flag) => !flag.clearedAt);
  const cleared = record.flags.filter((flag) => flag.clearedAt);
  return (
    <Card title={t('flagsTitle')}>
      <div className="flex flex-col gap-3">
        {open.length === 0 ? <p className="text-ink-soft">{t('noFlags')}</p> : null}
        <ul className="flex flex-col gap-2">
          {open.map((flag) => (
            <FlagEntry key={flag.id} flag={flag} caseId={record.id} canWrite={canWrite} />
          ))}
        </ul>
        {cleared.length > 0 ? (
          <details className="group">
            <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold">
              <FoldMarker />
              {t('clearedFlags', { count: cleared.length })}
            </summary>
            <ul className="flex flex-col gap-2">
              {cleared.map((flag) => (
                <FlagEntry key={flag.id} flag={flag} caseId={record.id} canWrite={false} />
              ))}
            </ul>
          </details>
        ) : null}
        {canWrite ? <SetFlagForm caseId={record.id} /> : null}
      </div>
    </Card>
  );
}
