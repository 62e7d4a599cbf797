import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** What a valid access token says: whose it is, which session (refresh family) issued it, and until when. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
  expiresAt: Date;
}

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

  /** `sessionId` (the refresh family) lets a sign-out find the live sockets this token opened. */
  issue(userId: string, sessionId: string): string {
    return jwt.sign({ sid: sessionId }, this.secret, { algorithm: 'HS256', subject: userId, expiresIn: this.ttlSeconds, audience: 'matchday' });
  }

  /** The token's claims, or null for a token that is malformed, forged or expired. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], audience: 'matchday' });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
      return { userId: payload.sub, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) };
    } catch {
      return null;
    }
  }
}
