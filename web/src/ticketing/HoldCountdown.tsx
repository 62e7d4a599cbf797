import { useEffect, useRef, useState } from 'react';

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const tail = `${String(seconds % 60).padStart(2, '0')}`;
  return minutes < 60 ? `${minutes}:${tail}` : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${tail}`;
};

/** "14:32" (or "2:05:09") until the time is up (held seats, a sale's start); `onExpired` once, when it is. */
export function HoldCountdown({ until, onExpired }: { until: string; onExpired?: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const expired = useRef(false);
  const left = new Date(until).getTime() - now;

  useEffect(() => {
    if (left > 0) {
      const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, left));
      return () => clearTimeout(timer);
    }
    if (!expired.current) {
      expired.current = true;
      onExpired?.();
    }
  }, [left, onExpired]);

  return (
    <span className={`countdown${left < 120_000 ? ' countdown-low' : ''}`} role="timer" aria-live="off">
      {clock(left)}
    </span>
  );
}
