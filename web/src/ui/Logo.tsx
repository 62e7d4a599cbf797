/** Matchday's mark: a ball on a pitch-green disc. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" className="logo">
      <circle cx="16" cy="16" r="15" fill="#1f9d6b" />
      <circle cx="16" cy="16" r="10" fill="#fff" />
      <path d="M16 10.5l4.3 3.1-1.6 5h-5.4l-1.6-5z" fill="#0b3d2e" />
      <path d="M16 6v4.5M20.3 13.6l4.4-1.6M18.7 18.6l2.7 3.9M13.3 18.6l-2.7 3.9M11.7 13.6l-4.4-1.6" stroke="#0b3d2e" strokeWidth="1.4" />
    </svg>
  );
}
