import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { JobFieldsFragment } from '../../generated/graphql';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { LiveJob } from '../jobs/LiveJob';
import { useLiveJob } from '../jobs/useLiveJob';
import { ImportMapping } from './ImportMapping';
import { ImportUpload } from './ImportUpload';
import type { UploadedCsv } from './upload-leads-csv';

const STEPS = ['Upload', 'Map columns', 'Import'] as const;

type Step = { name: 'upload' } | { name: 'map'; upload: UploadedCsv } | { name: 'import'; job: JobFieldsFragment };

/** CSV import in three steps: upload the file, map its columns (with a preview), then follow the import job live. */
export function LeadImportPage() {
  const [step, setStep] = useState<Step>({ name: 'upload' });
  const started = step.name === 'import' ? step.job : null;
  const { job, live } = useLiveJob(started?.id ?? null, started);
  const current = step.name === 'upload' ? 0 : step.name === 'map' ? 1 : 2;
  const finished = job && (job.state === 'COMPLETED' || job.state === 'FAILED' || job.state === 'CANCELLED');

  return (
    <Page
      title="Import leads"
      description="Bad rows never stop an import: they are listed in an error report (row, column, reason) to download at the end. People already in Matchday are updated, not added twice."
      actions={
        <Link to="/admin/leads" className="btn btn-ghost">
          ← All leads
        </Link>
      }
    >
      <ol className="steps" aria-label="Steps">
        {STEPS.map((label, index) => (
          <li key={label} className={index === current ? 'step-current' : index < current ? 'step-done' : undefined} aria-current={index === current ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index < current ? '✓' : index + 1}
            </span>
            {label}
          </li>
        ))}
      </ol>

      {step.name === 'upload' && <ImportUpload onUploaded={(upload) => setStep({ name: 'map', upload })} />}
      {step.name === 'map' && <ImportMapping upload={step.upload} onStarted={(started) => setStep({ name: 'import', job: started })} onStartOver={() => setStep({ name: 'upload' })} />}
      {step.name === 'import' && job && (
        <>
          <LiveJob job={job} live={live} title="Leads import" downloadLabel="Download the error report" cancelQuestion="It stops after the rows it is writing; leads imported so far stay." />
          {finished && (
            <div className="form-actions">
              <Button onClick={() => setStep({ name: 'upload' })}>Import another file</Button>
              <Link to="/admin/leads" className="btn btn-primary">
                See the leads
              </Link>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
