import { adminToken, apiCall, apiLogin } from './support/api';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/env';

/**
 * Cases for the casework browser tests, made through the API by a coordinator (not taken from the
 * demo seed), with aliases unique per run so that tests running side by side never meet.
 */
export const PHONE = { width: 390, height: 844 };

export async function withToken<T>(token: Promise<string>, body: (token: string) => Promise<T>): Promise<T> {
  const value = await token;
  try {
    return await body(value);
  } finally {
    await apiCall('POST', '/api/auth/logout', { token: value }).catch(() => undefined);
  }
}

/** Account ids by email, read by the administrator (coordinators have no user list). */
export async function userIds(emails: readonly string[]): Promise<Record<string, string>> {
  return withToken(adminToken(), async (token) => {
    const { users } = await apiCall<{ users: { id: string; email: string }[] }>('GET', '/api/admin/users', {
      token,
    });
    return Object.fromEntries(
      emails.map((email) => {
        const user = users.find((u) => u.email === email);
        if (!user) throw new Error(`No account ${email}`);
        return [email, user.id];
      }),
    );
  });
}

export interface TestCase {
  id: string;
  reference: string;
  alias: string;
  personId: string;
}

export function uniqueAlias(label: string): string {
  return `E2E ${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Opens a case for a new person (with their consent) as the demo coordinator. */
export async function openCase(options: {
  label: string;
  assigneeIds?: string[];
  lawyerId?: string;
}): Promise<TestCase> {
  const alias = uniqueAlias(options.label);
  return withToken(apiLogin(DEMO_EMAILS.coordinator, DEMO_PASSWORD), async (token) => {
    const { case: created } = await apiCall<{ case: { id: string; reference: string; person: { id: string } } }>(
      'POST',
      '/api/cases',
      {
        token,
        body: {
          type: 'asylum_claim',
          summary: 'Made by a browser test',
          person: {
            alias,
            languages: ['Arabic'],
            consent: { scopes: ['casework'], language: 'Arabic', givenAt: new Date().toISOString() },
          },
          assigneeIds: options.assigneeIds ?? [],
          ...(options.lawyerId ? { lawyerId: options.lawyerId } : {}),
        },
      },
    );
    return { id: created.id, reference: created.reference, alias, personId: created.person.id };
  });
}
