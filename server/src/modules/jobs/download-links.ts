import crypto from 'node:crypto';
import { Role } from '../users/user.entity';

/** Whose link it is: the viewer it was made for, the credential (session or API token) and the role they held. */
export interface DownloadHolder {
  userId: string;
  via: 'session' | 'apiToken';
  credentialId: string;
  role: Role;
}

const VIA = { session: 's', apiToken: 't' } as const;

/**
 * Unguessable, short-lived links to a job's result, bound to the viewer they were made for:
 * /downloads/jobs/<id>?for=<user>.<s|t>.<session or API token>.<role>&expires=<unix s>&signature=<HMAC>.
 * A plain <a href> works (no header needed), but the link alone is not the permission: the download
 * also checks that its viewer still holds that credential and that role, and may still see the job. It expires after
 * DOWNLOAD_LINK_TTL_MINUTES; a new one is minted each time the job is read.
 */
export class DownloadLinks {
  constructor(
    private readonly secret: string,
    private readonly ttlMinutes: number,
    private readonly publicUrl: string,
  ) {}

  urlFor(jobId: string, holder: DownloadHolder, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + this.ttlMinutes * 60;
    const bound = `${holder.userId}.${VIA[holder.via]}.${holder.credentialId}.${holder.role}`;
    const query = new URLSearchParams({ for: bound, expires: String(expires), signature: this.sign(jobId, bound, expires) });
    return `${this.publicUrl}/downloads/jobs/${encodeURIComponent(jobId)}?${query}`;
  }

  /** The holder of an untampered link that has not expired, else null. */
  verify(jobId: string, query: Record<string, unknown>, now = Date.now()): DownloadHolder | null {
    const { for: bound, expires, signature } = query;
    if (typeof bound !== 'string' || typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires)) return null;
    if (Number(expires) * 1000 < now) return null;
    const expected = Buffer.from(this.sign(jobId, bound, Number(expires)));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    const [userId, via, credentialId, role] = bound.split('.');
    return { userId, via: via === VIA.apiToken ? 'apiToken' : 'session', credentialId, role: role as Role };
  }

  private sign(jobId: string, bound: string, expires: number): string {
    return crypto.createHmac('sha256', this.secret).update(`job-download:${jobId}:${bound}:${expires}`).digest('base64url');
  }
}
