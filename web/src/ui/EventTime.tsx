const LONG: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' };
const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' };

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions, zoneName: boolean): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone, ...(zoneName ? { timeZoneName: 'short' } : {}) });
  } catch {
    // A zone this browser does not know: the reader's own, named so it is not mistaken for the venue's.
    return new Intl.DateTimeFormat(undefined, { ...options, timeZoneName: 'short' });
  }
}

/** "Sat, Dec 5, 2026, 6:00 PM – 9:00 PM GMT": when an event runs, on the venue's clock. */
export function formatEventRange(startsAt: string, endsAt: string, timeZone: string, style: 'long' | 'short' = 'long'): string {
  return formatter(timeZone, style === 'long' ? LONG : SHORT, true).formatRange(new Date(startsAt), new Date(endsAt));
}

/** One instant on the venue's clock, with the zone's short name. */
export function formatInZone(value: string, timeZone: string, style: 'long' | 'short' = 'short'): string {
  return formatter(timeZone, style === 'long' ? LONG : SHORT, true).format(new Date(value));
}

/**
 * When an event runs, in its own time zone (the venue's clock, whoever reads it); the reader's
 * own clock on hover.
 */
export function EventTime({ startsAt, endsAt, timeZone, style = 'long' }: { startsAt: string; endsAt: string; timeZone: string; style?: 'long' | 'short' }) {
  const local = new Intl.DateTimeFormat(undefined, { ...SHORT, timeZoneName: 'short' }).formatRange(new Date(startsAt), new Date(endsAt));
  return (
    <time dateTime={startsAt} title={`${timeZone}. Your time: ${local}`}>
      {formatEventRange(startsAt, endsAt, timeZone, style)}
    </time>
  );
}

/** One instant on the venue's clock (sales windows, check-in times). */
export function ZonedDateTime({ value, timeZone, fallback = '—' }: { value: string | null | undefined; timeZone: string; fallback?: string }) {
  if (!value) return <span className="muted">{fallback}</span>;
  return (
    <time dateTime={value} title={new Date(value).toISOString()}>
      {formatInZone(value, timeZone)}
    </time>
  );
}
