const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

const isToday = (date: Date) => date.toDateString() === new Date().toDateString();

/**
 * A timestamp in the reader's locale and time zone, with the exact instant on hover. `style`:
 * date and time, the date only, or `compact` (just the time, with seconds, when it is today).
 */
export function DateTime({ value, style = 'full', fallback = '—' }: { value: string | null | undefined; style?: 'full' | 'date' | 'compact'; fallback?: string }) {
  if (!value) return <span className="muted">{fallback}</span>;
  const date = new Date(value);
  const text = style === 'date' ? dateOnly.format(date) : style === 'compact' && isToday(date) ? timeOnly.format(date) : full.format(date);
  return (
    <time dateTime={value} title={date.toISOString()}>
      {text}
    </time>
  );
}
