import crypto from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16; // 80 random bits

/** A new ticket code: 16 characters, 80 bits from the CSPRNG. */
export function newTicketCode(): string {
  const bytes = crypto.randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/**
 * What a door volunteer typed or scanned, as stored: capitals, no spaces or dashes, and the
 * look-alikes Crockford allows (O→0, I/L→1). Null when it cannot be a ticket code.
 */
export function normalizeTicketCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
