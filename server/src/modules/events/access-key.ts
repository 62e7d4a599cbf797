import crypto from 'node:crypto';

/** The secret part of a private event's link: 192 random bits. */
export function newAccessKey(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** Compares in constant time, so response timing says nothing about how much of a key was right. */
export function accessKeyMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
