export type UploadResult =
  | { ok: true; file: { id: string; originalName: string; sha256: string } }
  | { ok: false; code: string; message: string };

interface Answer {
  file?: { id: string; originalName: string; sha256: string };
  error?: { code?: string; message?: string };
}

/**
 * fetch() cannot report upload progress; XMLHttpRequest can. Resolves with the API's answer or its
 * error code (413 too large, 415 refused type…), never throws.
 */
export function uploadWithProgress(
  url: string,
  body: FormData,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const answer = (request.response ?? {}) as Answer;
      if (request.status >= 200 && request.status < 300 && answer.file)
        resolve({ ok: true, file: answer.file });
      else
        resolve({
          ok: false,
          code: answer.error?.code ?? (request.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL'),
          message: answer.error?.message ?? `HTTP ${request.status}`,
        });
    });
    request.addEventListener('error', () =>
      resolve({ ok: false, code: 'SERVICE_UNAVAILABLE', message: 'Network error' }),
    );
    request.addEventListener('abort', () => resolve({ ok: false, code: 'INTERNAL', message: 'Aborted' }));
    request.send(body);
  });
}
