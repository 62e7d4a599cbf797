import crypto from 'node:crypto';

/** A new unguessable token (256 random bits, URL-safe), optionally after a recognisable prefix. */
export function newSecretToken(prefix = ''): string {
  return prefix + crypto.randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of a token. The tokens are random (not passwords), so a fast
 * hash is enough and lets a presented token be found by an index lookup.
 */
export function hashSecretToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}
