export function Spinner({ size = 'normal' }: { size?: 'normal' | 'small' }) {
  return <span className={`spinner${size === 'small' ? ' spinner-small' : ''}`} aria-hidden="true" />;
}

/** A region that is loading, announced to screen readers. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
