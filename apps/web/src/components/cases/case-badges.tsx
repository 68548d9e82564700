import { useFormatter, useTranslations } from 'next-intl';
import type { CaseStatus } from '@vigil/contracts/enums';
import { Badge, type Tone } from '@/components/ui/badge';
import type { DeadlineState } from '@/lib/cases/deadlines';

const STATUS_TONES: Record<CaseStatus, Tone> = {
  open: 'info',
  active: 'success',
  waiting: 'warning',
  closed: 'neutral',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations('caseEnums');
  return <Badge tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Badge>;
}

/** A flag's code in the reader's language when it is one of the suggested ones, else as typed. */
export function useFlagLabel(): (flag: string) => string {
  const t = useTranslations('caseEnums');
  return (flag) => (t.has(`flag.${flag}` as 'flag.at_risk') ? t(`flag.${flag}` as 'flag.at_risk') : flag);
}

export function FlagBadges({ flags }: { flags: readonly string[] }) {
  const label = useFlagLabel();
  if (flags.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1" data-testid="case-flags">
      {flags.map((flag) => (
        <Badge key={flag} tone="danger">
          {label(flag)}
        </Badge>
      ))}
    </span>
  );
}

const DUE_CLASSES: Record<DeadlineState, string> = {
  overdue: 'font-bold text-danger',
  soon: 'font-semibold text-warning',
  later: 'text-ink',
  done: 'text-ink-soft line-through',
};

/** A due date: red and marked "overdue" in words once past (colour is never the only signal). */
export function DueDate({ dueAt, state }: { dueAt: Date; state: DeadlineState }) {
  const t = useTranslations('cases');
  const format = useFormatter();
  return (
    <span className={DUE_CLASSES[state]} data-state={state}>
      {format.dateTime(dueAt, { dateStyle: 'medium', timeStyle: 'short' })}
      {state === 'overdue' ? ` · ${t('overdue')}` : null}
    </span>
  );
}
