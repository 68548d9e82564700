/** Helpers for the document tests (not a test file itself). */
import type { FastifyInstance } from 'fastify';

/** A PDF of about `size` bytes whose text names a person, so a leak of the plaintext is visible. */
export function pdfOf(size: number): Buffer {
  const head = '%PDF-1.4\n';
  const line = 'Passport of Samir K., born in Herat. ';
  return Buffer.from(head + line.repeat(Math.ceil(size / line.length))).subarray(0, size);
}

/** A newer consent that covers storing documents. */
export function allowDocuments(app: FastifyInstance, personId: string, explainedById: string) {
  return app.db.consent.create({
    data: {
      personId,
      scopes: ['casework', 'store_documents', 'share_with_lawyer'],
      language: 'ar',
      explainedById,
      givenAt: new Date(Date.now() + 1000),
    },
  });
}
