import type { Tone } from './Badge';

/** A determinate bar for 0-100 percent, or a moving stripe when the end is not known yet. */
export function ProgressBar({ percent, label, tone = 'brand', indeterminate = false }: { percent: number; label: string; tone?: Tone; indeterminate?: boolean }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className={`progress progress-${tone}${indeterminate ? ' progress-indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={indeterminate ? undefined : value}
      aria-valuetext={indeterminate ? 'Working…' : `${value}%`}
    >
      <div className="progress-fill" style={indeterminate ? undefined : { width: `${value}%` }} />
    </div>
  );
}
