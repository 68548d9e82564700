import { passThrough } from '@/lib/api/passthrough';

/**
 * The global search box's answers: the browser never holds the API token, so this asks the API as
 * the signed-in user (read from the session cookie here) and hands back its JSON as is.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = new URLSearchParams();
  for (const name of ['q', 'limit']) {
    const value = params.get(name);
    if (value !== null) query.set(name, value);
  }
  return passThrough(request, '/api/search', { query });
}
