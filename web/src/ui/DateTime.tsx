const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string): string {
  return full.format(new Date(iso));
}

/** A timestamp in the reader's locale and time zone, with the exact instant on hover. */
export function DateTime({ value, dateOnly: onlyDate = false, fallback = '—' }: { value: string | null | undefined; dateOnly?: boolean; fallback?: string }) {
  if (!value) return <span className="muted">{fallback}</span>;
  const date = new Date(value);
  return (
    <time dateTime={value} title={date.toISOString()}>
      {onlyDate ? dateOnly.format(date) : full.format(date)}
    </time>
  );
}
