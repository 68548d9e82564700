import http from 'node:http';
import type { AddressInfo } from 'node:net';
import httpProxy from 'http-proxy';

export interface Proxy {
  url: string;
  /** How many requests each target has been sent, in the order of `targets`. */
  served: number[];
  close(): Promise<void>;
}

/**
 * A reverse proxy on 127.0.0.1:`port` sending requests to `targets` in turn (round-robin, no
 * stickiness: any request may land on any instance), with X-Forwarded-For as a real one would set it.
 * A target that does not answer is a 502, as nginx would say.
 */
export async function startProxy(port: number, targets: string[]): Promise<Proxy> {
  const proxy = httpProxy.createProxyServer({ xfwd: true });
  const served = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const at = next;
    next = (next + 1) % targets.length;
    served[at]! += 1;
    proxy.web(request, response, { target: targets[at] }, () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('bad gateway');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
