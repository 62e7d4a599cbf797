import type { ReactNode } from 'react';
import { Button } from './Button';
import { CopyButton } from './CopyButton';

/** A secret the server shows only once (an API token, a webhook signing secret), to copy now. */
export function SecretOnce({ title, label, secret, onDone }: { title: ReactNode; label: string; secret: string; onDone: () => void }) {
  return (
    <div className="secret-box" role="status">
      <p>
        <strong>{title}</strong> Copy it now: it will not be shown again.
      </p>
      <div className="secret-row">
        <input className="secret-value" readOnly value={secret} aria-label={label} onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={secret} />
      </div>
      <Button size="small" variant="ghost" onClick={onDone}>
        I have copied it
      </Button>
    </div>
  );
}
