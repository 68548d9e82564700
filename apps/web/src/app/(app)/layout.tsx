import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireUser } from '@/lib/auth/current-user';
import './print.css';

/**
 * Every page of the dashboard asks the API who is signed in (GET /api/auth/me) on every request:
 * a session revoked elsewhere, expired, or cut by the emergency lock is thrown out at once.
 */
export default async function AuthenticatedLayout({ children }: { children: ReactNode }) {
  const me = await requireUser();
  return <AppShell me={me}>{children}</AppShell>;
}
