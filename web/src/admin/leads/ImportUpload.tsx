import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { uploadLeadsCsv, type UploadedCsv } from './upload-leads-csv';

const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Step 1 of an import: choose (or drop) a CSV and send it, with the upload's progress. */
export function ImportUpload({ onUploaded }: { onUploaded: (upload: UploadedCsv) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const aborter = useRef<AbortController | null>(null);

  // Leaving the page stops an upload in flight.
  useEffect(() => () => aborter.current?.abort(), []);

  const start = async (chosen: File) => {
    setFile(chosen);
    setError(null);
    setProgress(0);
    const controller = new AbortController();
    aborter.current = controller;
    try {
      const uploaded = await uploadLeadsCsv(chosen, setProgress, controller.signal);
      onUploaded(uploaded);
    } catch (err) {
      if (controller.signal.aborted) return;
      setError(err instanceof Error ? err.message : 'The upload failed.');
      setFile(null);
    } finally {
      if (aborter.current === controller) aborter.current = null;
    }
  };

  const cancel = () => {
    aborter.current?.abort();
    aborter.current = null;
    setFile(null);
  };

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void start(dropped);
  };

  if (file) {
    return (
      <div className="card upload-progress">
        <div className="upload-file">
          <strong>{file.name}</strong>
          <span className="muted">{formatSize(file.size)}</span>
        </div>
        <div className="job-progress">
          <ProgressBar percent={progress * 100} label={`Uploading ${file.name}`} />
          <span className="job-percent">{Math.round(progress * 100)}%</span>
        </div>
        <div className="row upload-foot">
          <span className="muted" role="status">
            {progress < 1 ? 'Uploading…' : 'Reading the first rows…'}
          </span>
          <Button size="small" variant="danger" onClick={cancel}>
            Cancel upload
          </Button>
        </div>
      </div>
    );
  }

  return (
    <>
      {error && <Alert kind="error" title="The file was not uploaded">{error}</Alert>}
      <label
        className={`dropzone${dragging ? ' dropzone-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <svg viewBox="0 0 48 48" width="44" height="44" aria-hidden="true" className="dropzone-icon">
          <path d="M14 6h14l10 10v26H14z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
          <path d="M28 6v10h10M26 38V24m-6 6l6-6 6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="dropzone-title">Choose a CSV file</span>
        <span className="muted">or drop it here. One lead per row, with an email or a phone number; up to 1,000,000 rows.</span>
        <input
          className="visually-hidden"
          type="file"
          name="file"
          accept=".csv,text/csv"
          aria-label="CSV file of leads"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void start(chosen);
          }}
        />
      </label>
    </>
  );
}
