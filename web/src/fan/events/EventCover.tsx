import { useState } from 'react';

const monthDay = (iso: string, timeZone: string) => {
  const parts = new Intl.DateTimeFormat(undefined, { timeZone, month: 'short', day: 'numeric' }).formatToParts(new Date(iso));
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: parts.find((p) => p.type === 'day')?.value ?? '' };
};

/**
 * An event's cover image, or (without one, or when it fails to load) a pitch-green panel; either
 * way with the date on a tear-off tab, on the venue's calendar.
 */
export function EventCover({ event, size = 'card' }: { event: { title: string; coverImageUrl?: string | null; startsAt: string; timeZone: string }; size?: 'card' | 'hero' }) {
  const [failed, setFailed] = useState(false);
  let date: { month: string; day: string };
  try {
    date = monthDay(event.startsAt, event.timeZone);
  } catch {
    date = monthDay(event.startsAt, 'UTC');
  }
  const image = event.coverImageUrl && !failed ? event.coverImageUrl : null;
  return (
    <div className={`event-cover event-cover-${size}${image ? '' : ' event-cover-plain'}`}>
      {image && <img src={image} alt="" loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />}
      <span className="event-date-tab" aria-hidden="true">
        <span className="event-date-month">{date.month}</span>
        <span className="event-date-day">{date.day}</span>
      </span>
    </div>
  );
}
