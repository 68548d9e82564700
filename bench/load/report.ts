import { percentile } from '../lib/bench-database';
import { type Figures, rssSlope } from './drive';

const log = (line: string) => process.stdout.write(`${line}\n`);
const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

function memory(f: Figures) {
  const mbs = f.rss.map(([, mb]) => mb).filter(Number.isFinite);
  const half = f.seconds / 2;
  return {
    start: mbs[0] ?? Number.NaN,
    max: Math.max(...mbs),
    end: mbs[mbs.length - 1] ?? Number.NaN,
    slope: rssSlope(f.rss),
    // Heap and pools grow while the process warms up; growth that goes on after is what leaks look like.
    lateSlope: rssSlope(f.rss.filter(([at]) => at >= half)),
    byMinute: f.rss.filter(([at], i) => i === 0 || Math.floor(at / 60) > Math.floor(f.rss[i - 1]![0] / 60)),
  };
}

/** The side-by-side table of the Vigil run and the baseline's, per-kind latencies, then the targets. */
export function printReport(vigil: Figures, bare: Figures | null): void {
  const runs: [string, Figures][] = [
    ['Vigil API', vigil],
    ...(bare ? [['bare Fastify + pg', bare] as [string, Figures]] : []),
  ];
  const row = (name: string, cell: (f: Figures) => string) =>
    log(`${name.padEnd(38)}${runs.map(([, f]) => cell(f).padStart(22)).join('')}`);
  log('');
  log(`${''.padEnd(38)}${runs.map(([name]) => name.padStart(22)).join('')}`);
  row('duration (s)', (f) => f.seconds.toFixed(0));
  row('requests', (f) => int(f.requests));
  row('sustained requests/s', (f) => f.perSecond.toFixed(1));
  row('latency p50 / p95 / p99 (ms)', (f) => `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}`);
  row('2xx', (f) => int(f.ok));
  row('409 (stock or edit conflict)', (f) => int(f.conflicts));
  row('429 (rate limited)', (f) => int(f.limited));
  row('errors (other status, socket)', (f) => int(f.errors));
  row('server RSS MB start / max / end', (f) => {
    const m = memory(f);
    return `${m.start.toFixed(0)} / ${m.max.toFixed(0)} / ${m.end.toFixed(0)}`;
  });
  row(
    'RSS slope all / 2nd half (MB/min)',
    (f) => `${memory(f).slope.toFixed(2)} / ${memory(f).lateSlope.toFixed(2)}`,
  );

  log(
    `\nPer request kind (ms)${''.padEnd(19)}${'share'.padStart(7)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'errors'.padStart(8)}${bare ? `${'bare p50'.padStart(10)}${'bare p95'.padStart(10)}${'errors'.padStart(8)}` : ''}`,
  );
  for (const [kind, k] of [...vigil.kinds].sort((a, b) => b[1].requests - a[1].requests)) {
    const b = bare?.kinds.get(kind);
    const bareCells = bare
      ? `${ms(percentile(b?.times ?? [], 50)).padStart(10)}${ms(percentile(b?.times ?? [], 95)).padStart(10)}${String(b?.failed ?? 0).padStart(8)}`
      : '';
    log(
      `  ${kind.padEnd(38)}${`${((100 * k.requests) / vigil.requests).toFixed(0)}%`.padStart(7)}` +
        `${ms(percentile(k.times, 50)).padStart(8)}${ms(percentile(k.times, 95)).padStart(8)}${String(k.failed).padStart(8)}${bareCells}`,
    );
  }
  const others = Object.entries(vigil.statuses).filter(([code]) => !code.startsWith('2'));
  if (others.length)
    log(`Vigil statuses other than 2xx: ${others.map(([code, n]) => `${code} × ${n}`).join(', ')}`);

  log('');
  log(
    `Errors: ${int(vigil.errors)} ${vigil.errors === 0 ? 'ok' : 'MISSED'} (target: zero; 409/429 counted apart)`,
  );
  const m = memory(vigil);
  log(
    `Memory of the API process: ${m.start.toFixed(0)} MB at start, ${m.max.toFixed(0)} MB at most, ${m.end.toFixed(0)} MB at the end, ` +
      `slope ${m.slope.toFixed(2)} MB/min over the run, ${m.lateSlope.toFixed(2)} MB/min over its second half ` +
      '(target: no growth; the first minutes are warm-up)',
  );
  log(`  RSS each minute (MB): ${m.byMinute.map(([, mb]) => mb.toFixed(0)).join(' ')}`);
  if (bare) {
    const ratio = vigil.perSecond / bare.perSecond;
    log(
      `Throughput of Vigil / bare baseline: ${ratio.toFixed(2)} ${ratio >= 0.5 ? 'ok' : 'MISSED'} (target ≥ 0.5)`,
    );
  }
}
