import { useEffect, type ReactNode } from 'react';
import { Logo } from '../../ui/Logo';

/** The narrow, centred card that sign-in, registration and password pages share. */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Matchday`;
  }, [title]);
  return (
    <div className="auth">
      <div className="card auth-card">
        <div className="auth-head">
          <Logo size={40} />
          <h1>{title}</h1>
          {intro && <p className="muted">{intro}</p>}
        </div>
        {children}
      </div>
      {footer && <div className="auth-footer">{footer}</div>}
    </div>
  );
}
