import { headers } from 'next/headers';
import { publicOrigin } from './env';

/** The link an admin passes on; built from the public origin the dashboard is reached at. */
export async function invitationLink(token: string): Promise<string> {
  const origin = (await headers()).get('origin');
  return `${publicOrigin(origin)}/invite/${encodeURIComponent(token)}`;
}
