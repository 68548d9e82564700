import { getStream } from '../lib/http-client';

/** Peak resident memory of the API process (`rss` reads it) while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(
  rss: () => number,
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number; startMb: number }> {
  const start = rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 50);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, rss()), startMb: start };
  } finally {
    clearInterval(timer);
  }
}

/** Streams a CSV export over HTTP and counts its rows and bytes as they arrive. */
export async function benchCsvExport(baseUrl: string, token: string, query: string, rss: () => number) {
  const started = process.hrtime.bigint();
  const { result, peakMb, startMb } = await withPeakRss(rss, async () => {
    const res = await getStream(`${baseUrl}/api/incidents/export.csv?${query}`, token);
    if (res.statusCode !== 200) throw new Error(`CSV export: HTTP ${res.statusCode}`);
    let lines = 0;
    let bytes = 0;
    for await (const chunk of res as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      // indexOf, not a loop over bytes: the client should cost as little as it can.
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
    }
    return { rows: lines - 1, bytes };
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...result, seconds, rowsPerSecond: result.rows / seconds, peakMb, startMb };
}

/** Asks for a dossier over HTTP and waits until the background job has written and signed it. */
export async function benchDossier(baseUrl: string, token: string, query: string, rss: () => number) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const started = process.hrtime.bigint();
  const { result, peakMb, startMb } = await withPeakRss(rss, async () => {
    const res = await fetch(`${baseUrl}/api/dossiers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    });
    if (res.status !== 202) throw new Error(`dossier: HTTP ${res.status} ${await res.text()}`);
    const { dossier } = (await res.json()) as { dossier: { id: string } };
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const poll = (await (await fetch(`${baseUrl}/api/dossiers/${dossier.id}`, { headers })).json()) as {
        dossier: { status: string; incidentCount: number | null; error?: string | null };
      };
      if (poll.dossier.status === 'ready') return poll.dossier.incidentCount ?? 0;
      if (poll.dossier.status === 'failed') throw new Error(`dossier failed: ${poll.dossier.error ?? ''}`);
    }
  });
  return { incidents: result, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb, startMb };
}
