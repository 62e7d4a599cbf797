import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * Normalising what people type into the signup form or a CSV, shared by signups and imports.
 * Each function returns the stored form, or null when the value cannot be used.
 */

/** E.164 (+14155552671). A number without a + is read as a number of `defaultCountry`. */
export function normalizePhone(raw: string, defaultCountry: CountryCode): string | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 30) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

// Pragmatic: one @, a dot in the domain, no spaces; the mailbox proves the rest.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function normalizeLeadEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

// Postcodes across the world: letters, digits, spaces and dashes, 2 to 10 of them.
const ZIP = /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/;

export function normalizeZip(raw: string): string | null {
  const zip = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  return ZIP.test(zip) ? zip : null;
}

export const MAX_NAME_LENGTH = 100;

export function normalizeName(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  return name.length >= 1 && name.length <= MAX_NAME_LENGTH ? name : null;
}
