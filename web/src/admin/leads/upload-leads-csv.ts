import { session } from '../../graphql/session';

export interface UploadedCsv {
  uploadId: string;
  filename: string;
  sizeBytes: number;
}

class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** One POST of the file as multipart/form-data; XMLHttpRequest because fetch cannot report upload progress. */
function send(file: File, token: string | null, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<UploadedCsv> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/uploads/leads');
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as (Partial<UploadedCsv> & { error?: string }) | null;
      if (request.status === 201 && body?.uploadId) resolve(body as UploadedCsv);
      else reject(new UploadError(body?.error ?? `The upload was refused (HTTP ${request.status}).`, request.status));
    };
    request.onerror = () => reject(new UploadError('Could not reach Matchday. Check your connection and try again.', 0));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/**
 * Streams a CSV to POST /uploads/leads (admins only), reporting progress from 0 to 1. A token
 * refused as expired is refreshed once and the upload tried again.
 */
export async function uploadLeadsCsv(file: File, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<UploadedCsv> {
  try {
    return await send(file, await session.freshToken(), onProgress, signal);
  } catch (error) {
    if (!(error instanceof UploadError) || error.status !== 401) throw error;
    const refreshed = await session.refresh();
    if (!refreshed) throw error;
    onProgress(0);
    return send(file, refreshed.accessToken, onProgress, signal);
  }
}
