import { useEffect, useRef, useState } from 'react';

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** "14:32" until the held seats go back on sale; `onExpired` once, when the time is up. */
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
