import { BillingInterval } from './membership-enums';

/**
 * The end of a billing period that starts at `start`: one calendar month or year later, on the
 * same day of the month or on the month's last day when it is shorter (31 January -> 28/29
 * February), as Stripe bills. Used by TEST MODE, where Matchday itself keeps the billing clock.
 */
export function periodEnd(start: Date, interval: BillingInterval): Date {
  const months = interval === BillingInterval.YEAR ? 12 : 1;
  const end = new Date(start);
  const day = end.getUTCDate();
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end;
}

export function addDays(start: Date, days: number): Date {
  return new Date(start.getTime() + days * 24 * 3600_000);
}
