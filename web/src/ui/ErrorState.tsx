import { errorMessage } from '../graphql/errors';
import { Loading } from './Loading';
import { Alert } from './Alert';
import { Button } from './Button';

/** A failed load: the server's message and a way to try again. */
export function ErrorState({ error, title = 'This could not be loaded', onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  return (
    <div className="state-block">
      <Alert kind="error" title={title}>
        <p>{errorMessage(error)}</p>
        {onRetry && (
          <Button size="small" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Alert>
    </div>
  );
}

/** What a query shows before it has data: a spinner while it loads, then the error with a retry. */
export function LoadingOrError({ loading, label, error, title, onRetry }: { loading: boolean; label: string; error: unknown; title?: string; onRetry: () => void }) {
  return loading ? <Loading label={label} /> : <ErrorState error={error} title={title} onRetry={onRetry} />;
}
