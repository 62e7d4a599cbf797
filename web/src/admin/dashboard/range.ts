/** The dashboard's date range: whole UTC days, `to` inclusive on screen and exclusive in the graph. */
export interface DayRange {
  /** YYYY-MM-DD, the first day. */
  from: string;
  /** YYYY-MM-DD, the last day (inclusive). */
  to: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function presetRange(preset: 'month' | 'year' | 'twelveMonths', now = new Date()): DayRange {
  const today = day(now);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (preset === 'month') return { from: day(new Date(Date.UTC(y, m, 1))), to: today };
  if (preset === 'year') return { from: `${y}-01-01`, to: today };
  return { from: day(new Date(Date.UTC(y, m - 11, 1))), to: today };
}

/** The graph's arguments: from the first day's midnight UTC to the midnight after the last day. */
export function graphRange(range: DayRange): { from: string; to: string } {
  const end = new Date(`${range.to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from: `${range.from}T00:00:00.000Z`, to: end.toISOString() };
}

export const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

/** "2025-03" -> "Mar 2025". */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
