/** Says loudly that a page stands in for the payment provider (no Stripe key configured). */
export function TestModeBanner({ children = 'No money moves. This page stands in for the payment provider because no Stripe key is configured.' }: { children?: string }) {
  return (
    <div className="test-mode-banner" role="note">
      <strong>TEST MODE</strong>
      <span>{children}</span>
    </div>
  );
}
