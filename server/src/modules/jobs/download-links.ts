import crypto from 'node:crypto';

/**
 * Unguessable, expiring links to a job's result: /downloads/jobs/<id>?expires=<unix s>&signature=<HMAC>.
 * Anyone holding a fresh link may download (so a plain <a href> works); it expires after
 * DOWNLOAD_LINK_TTL_MINUTES, and a new one is minted each time the job is read.
 */
export class DownloadLinks {
  constructor(
    private readonly secret: string,
    private readonly ttlMinutes: number,
    private readonly publicUrl: string,
  ) {}

  urlFor(jobId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + this.ttlMinutes * 60;
    const query = new URLSearchParams({ expires: String(expires), signature: this.sign(jobId, expires) });
    return `${this.publicUrl}/downloads/jobs/${encodeURIComponent(jobId)}?${query}`;
  }

  /** True for an untampered link that has not expired. */
  verify(jobId: string, expires: unknown, signature: unknown, now = Date.now()): boolean {
    if (typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
    if (Number(expires) * 1000 < now) return false;
    const expected = Buffer.from(this.sign(jobId, Number(expires)));
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  }

  private sign(jobId: string, expires: number): string {
    return crypto.createHmac('sha256', this.secret).update(`job-download:${jobId}:${expires}`).digest('base64url');
  }
}
