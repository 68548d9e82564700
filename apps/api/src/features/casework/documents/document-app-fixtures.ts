/** The app, case and team of the document tests, and their upload helpers (not a test file itself). */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'supertest';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { tempEvidenceDir } from '../../evidence/evidence-fixtures';
import { caseOf, caseTeam } from '../deadlines/task-fixtures';
import { allowDocuments } from './document-fixtures';

export interface DocumentsTestApp {
  t: TestApp;
  dir: string;
  team: Awaited<ReturnType<typeof caseTeam>>;
  caseId: string;
  personId: string;
  base: string;
}

/**
 * Registers the set-up of a document test file: an app listening on a port (for uploads sent by
 * hand), uploads limited to 256 KB, a case whose person consented to stored documents. The returned
 * function gives the context once `beforeAll` has run.
 */
export function documentsTestApp(): () => DocumentsTestApp {
  let context: DocumentsTestApp | undefined;
  beforeAll(async () => {
    const dir = await tempEvidenceDir();
    const t = await buildTestApp({
      EVIDENCE_DIR: dir,
      EVIDENCE_MAX_BYTES: String(256 * 1024),
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const team = await caseTeam(t.app);
    const { id: caseId, personId } = await caseOf(t.app, team);
    await allowDocuments(t.app, personId, team.coordinator.user.id);
    context = { t, dir, team, caseId, personId, base };
  });
  afterAll(async () => {
    if (!context) return;
    await context.t.close();
    await rm(context.dir, { recursive: true, force: true });
  });
  return () => {
    if (!context) throw new Error('documentsTestApp: used before beforeAll ran');
    return context;
  };
}

export async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Collects a binary answer whole (supertest buffers only text and JSON by default). */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  let settled = false;
  const settle = (err: Error | null) => {
    if (!settled) done(err, Buffer.concat(chunks));
    settled = true;
  };
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => settle(null));
  res.on('error', settle);
}

/** Starts an upload of `pdf` and sends its first `sent` bytes only; the rest waits for `finish`. */
export function slowUpload(app: DocumentsTestApp, pdf: Buffer, sent: number) {
  const boundary = `vigil-document-${randomBytes(6).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = httpRequest(`${app.base}/api/cases/${app.caseId}/documents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${app.team.caseworker.token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + pdf.length + tail.length,
    },
  });
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  answered.catch(() => undefined); // an aborted upload never answers
  req.write(head);
  req.write(pdf.subarray(0, sent));
  return {
    answered,
    finish: () => req.end(Buffer.concat([pdf.subarray(sent), tail])),
    abort: () => req.destroy(),
  };
}
