import { createHmac } from 'node:crypto';
import { readApiToken } from '@/lib/auth/session-token';

/**
 * The key that encrypts forms kept on the device (lib/drafts/local-store.ts), derived from the
 * dashboard's secret and this session's API token: the same in every tab of the session, different
 * after the next sign-in, so local copies die with the session. Server only: the page hands it to
 * its form, the browser never stores it. Null without a session or a secret.
 */
export async function localDraftKey(): Promise<string | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  const token = await readApiToken();
  if (!secret || !token) return null;
  return createHmac('sha256', secret).update(`vigil.local-drafts.v1\n${token}`).digest('base64');
}
