import http from 'node:http';

/**
 * A plain keep-alive HTTP client for the benchmarks. fetch (undici) costs the client about half a
 * millisecond more per request and reads bodies through web streams; the bare-SQL side of the same
 * benchmarks uses pg's lean client, so the API side gets a lean one too.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** GET with a bearer token; resolves to the response, its body unread (a stream). */
export function getStream(
  url: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { authorization: `Bearer ${token}`, ...headers } }, resolve)
      .on('error', reject);
  });
}

/** GET with a bearer token; resolves to the status and the whole body. */
export async function getBody(
  url: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer }> {
  const res = await getStream(url, token, headers);
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { status: res.statusCode ?? 0, body: Buffer.concat(chunks) };
}
