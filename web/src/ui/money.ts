const digitsByCurrency = new Map<string, number>();

/** How many minor-unit digits a currency has: EUR 2, JPY 0, KWD 3 (2 for a code Intl does not know). */
export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** An amount in minor units (the graph's money) in the reader's locale: 2500 EUR -> "€25.00". */
export function formatMoney(cents: number, currency: string): string {
  const amount = cents / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(minorDigits(currency))} ${currency}`;
  }
}

/** A ticket price: "Free" for 0. */
export function formatPrice(cents: number, currency: string): string {
  return cents === 0 ? 'Free' : formatMoney(cents, currency);
}

/** What an admin types in major units ("12.50", "12,5", "12") as minor units; null when it is not an amount of this currency. */
export function parseMajorUnits(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(\d{1,9})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as the major-unit text an input shows: 1250 EUR -> "12.50". */
export function majorUnitsText(cents: number, currency: string): string {
  const digits = minorDigits(currency);
  return (cents / 10 ** digits).toFixed(digits);
}
