import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** Short-lived signed access tokens (JWT, HS256). The user's role and status are read fresh on each use. */
export class AccessTokens {
  // A KeyObject made once: given a string, jsonwebtoken first tries it as a public key on every
  // verify (a thrown and caught error each time), which cost about a tenth of an API process's CPU.
  private readonly secret: KeyObject;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.secret = createSecretKey(Buffer.from(secret));
  }

  issue(userId: string): string {
    return jwt.sign({}, this.secret, { algorithm: 'HS256', subject: userId, expiresIn: this.ttlSeconds, audience: 'matchday' });
  }

  /** The user id, or null for a token that is malformed, forged or expired. */
  verify(token: string): string | null {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], audience: 'matchday' });
      return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
