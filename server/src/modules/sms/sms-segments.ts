/**
 * How many SMS segments a text costs. GSM-7 fits 160 characters in one segment and 153 per segment
 * once split; one character outside GSM-7 (an emoji, a curly quote) turns the whole text into UCS-2:
 * 70 UTF-16 units in one segment, 67 per segment once split. Characters of GSM-7's extension table
 * ({ } [ ] ~ \ | ^ €) take two septets, and a split never cuts one, nor a surrogate pair.
 */

const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENSION = new Set('^{}\\[~]|€\f');

export type SmsEncoding = 'GSM7' | 'UCS2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) used. */
  units: number;
  segments: number;
  /** Units that fit in one segment at the current segment count (160/153 or 70/67). */
  unitsPerSegment: number;
  /** Units left before another segment is needed. */
  remainingInSegment: number;
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM7_BASIC.has(ch) && !GSM7_EXTENSION.has(ch)) return false;
  return true;
}

export function countSegments(text: string): SegmentCount {
  const chars = Array.from(text);
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM7' : 'UCS2';
  const widths = chars.map((ch) => (encoding === 'GSM7' ? (GSM7_EXTENSION.has(ch) ? 2 : 1) : ch.length));
  const units = widths.reduce((sum, w) => sum + w, 0);
  const single = encoding === 'GSM7' ? 160 : 70;
  const multi = encoding === 'GSM7' ? 153 : 67;

  if (units <= single) {
    return { encoding, characters: chars.length, units, segments: units === 0 ? 0 : 1, unitsPerSegment: single, remainingInSegment: single - units };
  }
  // Pack greedily so a two-unit character is never split across segments.
  let segments = 1;
  let used = 0;
  for (const width of widths) {
    if (used + width > multi) {
      segments++;
      used = 0;
    }
    used += width;
  }
  return { encoding, characters: chars.length, units, segments, unitsPerSegment: multi, remainingInSegment: multi - used };
}
