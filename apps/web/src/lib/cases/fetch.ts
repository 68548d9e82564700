import {
  caseListResponseSchema,
  caseResponseSchema,
  personResponseSchema,
  caseworkStaffResponseSchema,
  type CaseSummary,
} from '@vigil/contracts';
import { cache } from 'react';
import { api } from '@/lib/api/client';
import { optional } from '@/lib/supplies/fetch';
import { deadlineState, type DeadlineState } from './deadlines';

/** A row of the case list: the summary, with its next deadline already judged on the server. */
export type CaseRow = CaseSummary & { deadlineState: DeadlineState | null };

export async function fetchCasePage(
  query: Record<string, string | string[] | number>,
  context: 'page' | 'action',
): Promise<{ rows: CaseRow[]; nextCursor: string | null }> {
  const { cases, nextCursor } = await api('/api/cases', { schema: caseListResponseSchema, query, context });
  const now = new Date();
  const rows = cases.map((row) => ({
    ...row,
    deadlineState: row.nextDeadline ? deadlineState(row.nextDeadline, now) : null,
  }));
  return { rows, nextCursor };
}

/** Asked once per request: metadata and page share it. Out of reach → the not-found page. */
export const fetchCase = cache(
  async (id: string) => (await api(`/api/cases/${id}`, { schema: caseResponseSchema, context: 'page' })).case,
);

export const fetchPerson = cache(
  async (id: string) =>
    (await api(`/api/people/${id}`, { schema: personResponseSchema, context: 'page' })).person,
);

export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
}

/** People a coordinator can pick (assignees, access grants, handover); null when it cannot be read. */
export const fetchStaff = cache(async (): Promise<StaffMember[] | null> => {
  const result = await optional(() => api('/api/casework/staff', { schema: caseworkStaffResponseSchema }));
  return result?.staff ?? null;
});
