import type { BillingInterval } from '../generated/graphql';

interface Priced {
  monthlyPriceCents?: number | null;
  yearlyPriceCents?: number | null;
}

/** A plan's current price for one interval, or null when it is not offered that way. */
export const priceFor = (plan: Priced, interval: BillingInterval) => (interval === 'MONTH' ? plan.monthlyPriceCents : plan.yearlyPriceCents) ?? null;

/** How much cheaper a year is than twelve months, in whole percent; null when not both are offered or a year saves nothing. */
export function yearlySaving(plan: Priced): number | null {
  if (!plan.monthlyPriceCents || plan.yearlyPriceCents == null) return null;
  const saving = Math.round((1 - plan.yearlyPriceCents / (plan.monthlyPriceCents * 12)) * 100);
  return saving > 0 ? saving : null;
}

/** One perk per line, blank lines dropped. */
export const perkLines = (perks: string) =>
  perks
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
