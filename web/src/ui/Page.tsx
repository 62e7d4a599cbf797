import { useEffect, type ReactNode } from 'react';

/** A page's heading (also the tab's title), an optional line under it, and its actions. */
export function Page({ title, description, actions, children, width = 'wide' }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode; width?: 'wide' | 'narrow' }) {
  useEffect(() => {
    document.title = `${title} · Matchday`;
  }, [title]);
  return (
    <section className={`page page-${width}`}>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          {description && <p className="page-description">{description}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
