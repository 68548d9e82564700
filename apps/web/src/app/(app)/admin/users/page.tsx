import { userListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { UserBadges } from '@/components/user-badges';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Td, Th } from '@/components/ui/table';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { readSort, sortLinks, sortRows } from '@/lib/tables/sort';
import { CreateUserForm } from './create-user-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title') };
}

const COLUMNS = ['name', 'role', 'lastLogin'] as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('users.manage');
  const t = await getTranslations('users');
  const tr = await getTranslations('roles');
  const format = await getFormatter();
  const locale = await getLocale();
  const { users: all } = await api('/api/admin/users', { schema: userListResponseSchema, context: 'page' });
  // Every account comes at once: the columns sort here, in the reader's language.
  const params = await searchParams;
  const sort = readSort(params, COLUMNS, { column: 'name', dir: 'asc' });
  const link = sortLinks('/admin/users', params, sort);
  const users = sortRows(
    all,
    (user) =>
      sort.column === 'name' ? user.displayName : sort.column === 'role' ? tr(user.role) : user.lastLoginAt,
    sort.dir,
    locale,
  );
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="flex flex-col gap-6">
        <Table caption={t('caption')}>
          <thead>
            <tr>
              <SortableTh label={t('name')} sort={link('name')} />
              <SortableTh label={t('role')} sort={link('role')} />
              <Th>{t('state')}</Th>
              <SortableTh label={t('lastLogin')} sort={link('lastLogin', 'desc')} />
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row" data-email={user.email}>
                <Td>
                  <Link
                    prefetch={false}
                    href={`/admin/users/${user.id}`}
                    className="font-semibold text-brand underline underline-offset-2"
                  >
                    {user.displayName}
                  </Link>
                  <div className="text-ink-soft break-all">{user.email}</div>
                </Td>
                <Td className="whitespace-nowrap">{tr(user.role)}</Td>
                <Td>
                  <UserBadges user={user} />
                </Td>
                <Td className="whitespace-nowrap">
                  {user.lastLoginAt
                    ? format.dateTime(user.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' })
                    : t('never')}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Card title={t('createTitle')} description={t('createIntro')} className="max-w-2xl">
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
