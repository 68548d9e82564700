import { constants, inflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { api } from '../../test/fixtures';

/** Every object of a (PDFKit) PDF: its dictionary text and its stream, inflated. */
function pdfObjects(pdf: Buffer): Map<number, { dict: string; stream: string | null }> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.search(/stream\r?\n/);
    let stream: string | null = null;
    if (at >= 0) {
      const start = match.index + match[0].indexOf(body) + body.indexOf('\n', at) + 1;
      const end = raw.indexOf('endstream', start);
      try {
        stream = inflateSync(pdf.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString(
          'latin1',
        );
      } catch {
        stream = null;
      }
    }
    objects.set(Number(match[1]), { dict: at >= 0 ? body.slice(0, at) : body, stream });
  }
  return objects;
}

/** A ToUnicode CMap as PDFKit writes it: `<first> <last> [<utf16> …]` ranges. */
function parseCmap(cmap: string): Map<number, string> {
  const codes = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    let code = parseInt(range[1]!, 16);
    for (const entry of range[3]!.matchAll(/<([^>]*)>/g)) {
      const units = entry[1]!
        .split(' ')
        .filter(Boolean)
        .map((h) => parseInt(h, 16));
      codes.set(code, String.fromCharCode(...units));
      code += 1;
    }
  }
  return codes;
}

/**
 * The text a PDF shows, for assertions: follows each content stream's font changes and decodes the
 * hex strings of its TJ operators through the embedded fonts' ToUnicode maps (one output line per TJ,
 * i.e. per laid-out line fragment).
 */
export function pdfTextOf(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const cmapOf = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const entry of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(entry[2]))?.dict ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font);
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (cmap) cmapOf.set(entry[1]!, parseCmap(cmap));
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/TJ/.test(stream)) continue;
    let cmap: Map<number, string> | undefined;
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (op[1]) {
        cmap = cmapOf.get(op[1]);
        continue;
      }
      const hex = [...op[2]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      let text = '';
      for (let i = 0; i + 4 <= hex.length; i += 4)
        text += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '?';
      lines.push(text);
    }
  }
  return lines.join('\n');
}

/** The fonts a PDF embeds (their PostScript names without the subset tag). */
export function pdfFontsOf(pdf: Buffer): string[] {
  const names = pdf.toString('latin1').matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/g);
  return [...new Set([...names].map((m) => m[1]!))].sort();
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
