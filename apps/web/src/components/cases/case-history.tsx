import type { caseHistoryResponseSchema } from '@vigil/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Table, Td, Th } from '@/components/ui/table';

type Change = z.output<typeof caseHistoryResponseSchema>['changes'][number];

/** Field-level history: who changed which field when. Sealed values are never shown, only that they changed. */
export function CaseHistory({ changes }: { changes: Change[] | null }) {
  const t = useTranslations('caseDetail');
  const format = useFormatter();
  if (changes === null) return <p className="text-ink-soft">{t('unavailable')}</p>;
  if (changes.length === 0) return <p className="text-ink-soft">{t('noHistory')}</p>;
  const value = (text: string | null) => (text === null || text === '' ? '—' : text);
  return (
    <Table caption={t('historyTitle')}>
      <thead>
        <tr>
          <Th>{t('historyWhen')}</Th>
          <Th>{t('historyWho')}</Th>
          <Th>{t('historyWhat')}</Th>
          <Th>{t('historyChange')}</Th>
        </tr>
      </thead>
      <tbody data-testid="case-history">
        {changes.map((change, index) => (
          <tr key={index}>
            <Td className="whitespace-nowrap">
              {format.dateTime(change.at, { dateStyle: 'medium', timeStyle: 'short' })}
            </Td>
            <Td>{change.actor?.displayName ?? t('someone')}</Td>
            <Td>
              <code className="text-xs" dir="ltr">
                {change.field ? `${change.action} · ${change.field}` : change.action}
              </code>
            </Td>
            <Td dir="auto">
              {change.sealed ? (
                <span className="text-ink-soft">{t('sealedChange')}</span>
              ) : change.oldValue !== null || change.newValue !== null ? (
                `${value(change.oldValue)} → ${value(change.newValue)}`
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
