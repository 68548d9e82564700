import { constants, inflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { api } from '../../test/fixtures';

/**
 * The text a PDF shows, for assertions: inflates PDFKit's content streams and decodes the hex strings
 * of their TJ operators (one output line per TJ, i.e. per laid-out line fragment).
 */
export function pdfTextOf(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString(
        'latin1',
      );
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}

/** Polls a dossier until it is ready or failed. */
export async function waitForDossier(app: FastifyInstance, token: string, id: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api(app, token).get(`/api/dossiers/${id}`);
    if (res.status !== 200) throw new Error(`dossier status: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.dossier.status === 'ready' || res.body.dossier.status === 'failed') return res.body.dossier;
    if (Date.now() > deadline) throw new Error(`dossier still ${res.body.dossier.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A binary download as a Buffer. */
export function download(app: FastifyInstance, token: string, url: string) {
  return api(app, token)
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}
