/**
 * A random idempotency key (128 bits, hex). crypto.getRandomValues works on plain http too,
 * where crypto.randomUUID does not exist (it needs a secure context).
 */
export function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
