import type { workloadResponseSchema } from '@vigil/contracts';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Td } from '@/components/ui/table';
import type { SearchParams } from '@/lib/filters/query-filter';
import { readSort, sortLinks, sortRows } from '@/lib/tables/sort';

type Workload = z.output<typeof workloadResponseSchema>;

const COLUMNS = ['member', 'openCases', 'overdue', 'dueThisWeek'] as const;

/**
 * Per member: cases in progress, overdue deadlines, deadlines due within the week. Every member comes
 * at once, so the columns sort here (`?sort=&dir=`).
 */
export function WorkloadTable({ workload, params }: { workload: Workload; params: SearchParams }) {
  const t = useTranslations('caseWorkload');
  const tr = useTranslations('roles');
  const locale = useLocale();
  const sort = readSort(params, COLUMNS, { column: 'member', dir: 'asc' });
  const link = sortLinks('/cases/workload', params, sort);
  const rows = sortRows(
    workload.caseworkers,
    (row) => (sort.column === 'member' ? row.user.displayName : row[sort.column]),
    sort.dir,
    locale,
  );
  return (
    <div className="flex flex-col gap-2">
      <Table caption={t('caption')}>
        <thead>
          <tr>
            <SortableTh label={t('member')} sort={link('member')} />
            <SortableTh className="text-end" label={t('openCases')} sort={link('openCases', 'desc')} />
            <SortableTh className="text-end" label={t('overdue')} sort={link('overdue', 'desc')} />
            <SortableTh className="text-end" label={t('dueThisWeek')} sort={link('dueThisWeek', 'desc')} />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ user, openCases, overdue, dueThisWeek }) => (
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
