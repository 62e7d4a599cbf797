import type { BusinessFigure } from '../../generated/graphql';
import { Button } from '../../ui/Button';
import type { FigureExport } from './useFigureExports';

/** A figure's CSV: a button that starts the export, then the file to download (or why there is none). */
export function FigureCsv({ figure, title, state, onExport }: { figure: BusinessFigure; title: string; state: FigureExport | null; onExport: (figure: BusinessFigure) => void }) {
  const job = state?.job;
  if (job?.state === 'COMPLETED' && job.resultUrl) {
    return (
      <a className="btn btn-primary btn-small" href={job.resultUrl} download aria-label={`Download ${title} CSV`}>
        Download CSV
      </a>
    );
  }
  const running = Boolean(state?.starting || job?.state === 'QUEUED' || job?.state === 'ACTIVE');
  const failed = state?.failure ?? (job?.state === 'FAILED' ? (job.error ?? 'The export failed.') : null);
  return (
    <span className="figure-csv">
      {failed && (
        <span className="field-error" role="alert">
          {failed}
        </span>
      )}
      <Button size="small" variant="ghost" busy={running} onClick={() => onExport(figure)} aria-label={`Export ${title} as CSV`}>
        {running ? 'Preparing CSV…' : 'CSV'}
      </Button>
    </span>
  );
}
