/** One UTC calendar month of a date range, clipped to the range. */
export interface MonthBucket {
  /** 'YYYY-MM'. */
  month: string;
  start: Date;
  end: Date;
}

/** The UTC calendar months that [from, to) touches, each clipped to the range, oldest first. */
export function monthBuckets(from: Date, to: Date): MonthBucket[] {
  const buckets: MonthBucket[] = [];
  let cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor < to) {
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1));
    buckets.push({
      month: `${cursor.getUTCFullYear()}-${String(cursor.getUTCMonth() + 1).padStart(2, '0')}`,
      start: cursor < from ? from : cursor,
      end: next > to ? to : next,
    });
    cursor = next;
  }
  return buckets;
}

/** One UTC day of a date range, clipped to the range. */
export interface DayBucket {
  /** 'YYYY-MM-DD'. */
  day: string;
  start: Date;
  end: Date;
}

/** The UTC days that [from, to) touches, each clipped to the range, oldest first. */
export function dayBuckets(from: Date, to: Date): DayBucket[] {
  const buckets: DayBucket[] = [];
  let cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  while (cursor < to) {
    const next = new Date(cursor.getTime() + 24 * 3600_000);
    buckets.push({ day: cursor.toISOString().slice(0, 10), start: cursor < from ? from : cursor, end: next > to ? to : next });
    cursor = next;
  }
  return buckets;
}

/** A ratio rounded to four decimals (0.1234 = 12.34 %), or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
