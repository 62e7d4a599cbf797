/**
 * One CSV record, RFC 4180 style, ending in CRLF: every CSV Matchday writes goes through this.
 *
 * A text cell starting with = + - @ (or a tab or carriage return) is prefixed with a single quote,
 * so a spreadsheet opening the file shows it as text instead of running it as a formula (CSV
 * injection). Numbers, booleans and dates are written as they are: they cannot carry a formula.
 */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
