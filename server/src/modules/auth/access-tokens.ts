import jwt from 'jsonwebtoken';

/** Short-lived signed access tokens (JWT, HS256). The user's role and status are read fresh on each use. */
export class AccessTokens {
  constructor(
    private readonly secret: string,
    readonly ttlSeconds: number,
  ) {}

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
