import http from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * A plain HTTP request to a listening app, body written as given. Supertest takes seconds to push a
 * 10 MB body that the server refuses from its Content-Length alone; this returns as soon as it answers.
 */
export async function rawRequest(
  app: FastifyInstance,
  options: { method: string; path: string; headers: Record<string, string>; body: Buffer },
): Promise<{ status: number; text: string }> {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The app is not listening on a port');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: address.port,
        method: options.method,
        path: options.path,
        headers: { ...options.headers, 'content-length': String(options.body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // The server may answer and close before reading the whole body: that is the point, not an error.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(options.body);
  });
}
