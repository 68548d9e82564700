import type { workloadResponseSchema } from '@vigil/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';

type Workload = z.output<typeof workloadResponseSchema>;

/** Per member: cases in progress, overdue deadlines, deadlines due within the week. */
export function WorkloadTable({ workload }: { workload: Workload }) {
  const t = useTranslations('caseWorkload');
  const tr = useTranslations('roles');
  return (
    <div className="flex flex-col gap-2">
      <Table caption={t('caption')}>
        <thead>
          <tr>
            <Th>{t('member')}</Th>
            <Th className="text-end">{t('openCases')}</Th>
            <Th className="text-end">{t('overdue')}</Th>
            <Th className="text-end">{t('dueThisWeek')}</Th>
          </tr>
        </thead>
        <tbody>
          {workload.caseworkers.map(({ user, openCases, overdue, dueThisWeek }) => (
            <tr key={user.id} data-testid="workload-row" data-name={user.displayName}>
              <Td>
                <span className="font-semibold">{user.displayName}</span>{' '}
                <span className="text-ink-soft">
                  · {tr.has(user.role as 'admin') ? tr(user.role as 'admin') : user.role}
                </span>
                {!user.active ? (
                  <Badge tone="warning" className="ms-2">
                    {t('departed')}
                  </Badge>
                ) : null}
              </Td>
              <Td className="text-end tabular-nums">
                <Link
                  prefetch={false}
                  href={`/cases?scope=all&assigneeId=${user.id}`}
                  className="text-brand underline underline-offset-2"
                >
                  {openCases}
                </Link>
              </Td>
              <Td className={`text-end tabular-nums ${overdue > 0 ? 'font-bold text-danger' : ''}`}>
                {overdue}
              </Td>
              <Td className="text-end tabular-nums">{dueThisWeek}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="text-sm">
        <Link
          prefetch={false}
          href="/cases?scope=all&unassigned=true"
          className="text-brand underline underline-offset-2"
        >
          {t('unassigned', { count: workload.unassignedOpenCases })}
        </Link>
      </p>
    </div>
  );
}
