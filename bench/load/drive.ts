import autocannon from 'autocannon';
import { percentile } from '../lib/bench-database';
import { rssMb } from './children';
import { type Pools, type Who, httpRequest, nextRequest } from './mix';

export interface KindFigures {
  requests: number;
  failed: number;
  times: number[];
}

export interface Figures {
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** 2xx answers. */
  ok: number;
  /** 409 and 429: correct refusals under contention or a ceiling, counted apart from errors. */
  conflicts: number;
  limited: number;
  /** Any other status, plus connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  kinds: Map<string, KindFigures>;
  /** RSS of the server process: [seconds since the start, MB], every 5 s. */
  rss: [number, number][];
}

/** The state autocannon keeps per connection: setupRequest writes the kind there, the response reads it. */
interface Context {
  kind?: string;
}

/**
 * `connections` clients send the mix to `url` for `seconds` (autocannon, keep-alive, one request in
 * flight per connection) while the RSS of process `pid` is sampled every 5 s.
 */
export async function drive(
  url: string,
  pid: number,
  pools: Pools,
  tokens: Record<Who, string>,
  seconds: number,
  connections: number,
): Promise<Figures> {
  const figures: Figures = {
    seconds,
    requests: 0,
    perSecond: 0,
    p50: 0,
    p95: 0,
    p99: 0,
    ok: 0,
    conflicts: 0,
    limited: 0,
    errors: 0,
    statuses: {},
    kinds: new Map(),
    rss: [],
  };
  const started = Date.now();
  const sample = () => figures.rss.push([(Date.now() - started) / 1000, rssMb(pid)]);
  sample();
  const sampler = setInterval(sample, 5_000);
  const times: number[] = [];
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    [finish, fail] = [resolve, reject];
  });
  // With a callback autocannon returns the instance, whose events give each response's status and time.
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          setupRequest: (request, context) => {
            const next = nextRequest(pools);
            (context as Context).kind = next.kind;
            return { ...request, ...httpRequest(next, tokens) };
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (client, status, _bytes, ms) => {
    // autocannon answers a connection's requests in order, one at a time: its context still names
    // the request this response belongs to (the next one is set up after this event).
    const kind =
      (client as unknown as { requestIterator: { context: Context } }).requestIterator.context.kind ?? '?';
    const entry = figures.kinds.get(kind) ?? { requests: 0, failed: 0, times: [] };
    figures.kinds.set(kind, entry);
    entry.requests += 1;
    entry.times.push(ms);
    times.push(ms);
    figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) figures.ok += 1;
    else if (status === 409) figures.conflicts += 1;
    else if (status === 429) figures.limited += 1;
    else {
      figures.errors += 1;
      entry.failed += 1;
    }
  });
  const result = await done;
  clearInterval(sampler);
  sample();
  figures.errors += result.errors;
  figures.requests = times.length;
  figures.seconds = result.duration;
  figures.perSecond = times.length / result.duration;
  times.sort((a, b) => a - b);
  [figures.p50, figures.p95, figures.p99] = [50, 95, 99].map((p) => percentile(times, p)) as [
    number,
    number,
    number,
  ];
  for (const entry of figures.kinds.values()) entry.times.sort((a, b) => a - b);
  return figures;
}

/** Least-squares slope of the RSS samples, in MB per minute. */
export function rssSlope(samples: [number, number][]): number {
  const points = samples.filter(([, mb]) => Number.isFinite(mb)).map(([s, mb]) => [s / 60, mb] as const);
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const num = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  const den = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  return den ? num / den : 0;
}
