import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import type { JobFieldsFragment, LeadImportMappingInput, LeadImportPreviewQuery } from '../../generated/graphql';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingOrError } from '../../ui/ErrorState';
import { CheckboxField, SelectField } from '../../ui/Field';
import { EventSelect } from './EventSelect';
import type { UploadedCsv } from './upload-leads-csv';

const LeadImportPreviewDoc = graphql(`
  query LeadImportPreview($uploadId: ID!, $rows: Int!) {
    leadImportPreview(uploadId: $uploadId, rows: $rows) {
      uploadId
      filename
      headers
      rows
      suggestedMapping {
        name
        email
        phone
        zip
        interests
      }
    }
  }
`);

const StartLeadImportDoc = graphql(`
  mutation StartLeadImport($input: LeadImportInput!) {
    startLeadImport(input: $input) {
      ...JobFields
    }
  }
`);

type Field = keyof Omit<LeadImportMappingInput, '__typename'>;

const LEAD_FIELDS: { field: Field; label: string; hint?: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'email', label: 'Email' },
  { field: 'phone', label: 'Phone', hint: 'Read as a local number unless it starts with + and a country code.' },
  { field: 'zip', label: 'ZIP or postcode' },
  { field: 'interests', label: 'Interests', hint: 'Interest keys or labels, separated by , ; or |.' },
];

const PREVIEW_ROWS = 5;
const NO_ERRORS: FormErrors = { fields: {}, form: null };

type Mapping = Record<Field, number | null>;

function initialMapping(suggested: LeadImportPreviewQuery['leadImportPreview']['suggestedMapping']): Mapping {
  return { name: suggested.name ?? null, email: suggested.email ?? null, phone: suggested.phone ?? null, zip: suggested.zip ?? null, interests: suggested.interests ?? null };
}

/** Step 2 of an import: the first rows of the file, which column holds which lead field, and the import's options. */
export function ImportMapping({ upload, onStarted, onStartOver }: { upload: UploadedCsv; onStarted: (job: JobFieldsFragment) => void; onStartOver: () => void }) {
  const { data, loading, error, refetch } = useQuery(LeadImportPreviewDoc, { variables: { uploadId: upload.uploadId, rows: PREVIEW_ROWS } });
  const preview = data?.leadImportPreview;
  if (!preview) {
    return <LoadingOrError loading={loading} label="Reading the first rows…" error={error} title="The file could not be read" onRetry={() => void refetch()} />;
  }
  return <MappingForm preview={preview} onStarted={onStarted} onStartOver={onStartOver} />;
}

function MappingForm({
  preview,
  onStarted,
  onStartOver,
}: {
  preview: LeadImportPreviewQuery['leadImportPreview'];
  onStarted: (job: JobFieldsFragment) => void;
  onStartOver: () => void;
}) {
  // Not cached: the worker's pushed progress can overtake this answer (see useLiveJob).
  const [startImport, starting] = useMutation(StartLeadImportDoc, { fetchPolicy: 'no-cache' });
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(preview.suggestedMapping));
  const [hasHeader, setHasHeader] = useState(true);
  const [consentSms, setConsentSms] = useState(false);
  const [eventId, setEventId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const previewId = useId();

  const columnCount = Math.max(preview.headers.length, ...preview.rows.map((row) => row.length));
  const columns = Array.from({ length: columnCount }, (_, index) => index);
  const dataRows = hasHeader ? preview.rows : [preview.headers, ...preview.rows].slice(0, PREVIEW_ROWS);
  const sample = (column: number) => dataRows.map((row) => row[column]?.trim()).find(Boolean);
  const columnName = (column: number) => (hasHeader && preview.headers[column]?.trim() ? preview.headers[column].trim() : `Column ${column + 1}`);
  const fieldsOf = (column: number) => LEAD_FIELDS.filter(({ field }) => mapping[field] === column);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mapping.email === null && mapping.phone === null) {
      setErrors({ fields: { mapping: 'Choose the email or the phone column: every lead needs one.' }, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      const { data } = await startImport({
        variables: { input: { uploadId: preview.uploadId, mapping, hasHeader, consentSms, eventId: eventId || null } },
      });
      if (data) onStarted(data.startLeadImport);
    } catch (err) {
      setErrors(formErrors(err, ['mapping', 'eventId', 'uploadId']));
    }
  };

  return (
    <form className="import-mapping" onSubmit={onSubmit} noValidate>
      <section className="card" aria-labelledby={previewId}>
        <div className="card-head">
          <h2 className="card-title" id={previewId}>
            {preview.filename}
          </h2>
          <CheckboxField label="The first row holds column names" checked={hasHeader} onChange={(event) => setHasHeader(event.target.checked)} />
        </div>
        {dataRows.length === 0 ? (
          <p className="muted">The file has no rows below its header.</p>
        ) : (
          <div className="data-preview-wrap" tabIndex={0} role="group" aria-label="The first rows of the file">
            <table className="data-preview">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      <span className="data-preview-name">{columnName(column)}</span>
                      <span className="data-preview-fields">
                        {fieldsOf(column).map(({ field, label }) => (
                          <span key={field} className="badge badge-brand">
                            {label}
                          </span>
                        ))}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dataRows.map((row, index) => (
                  <tr key={index}>
                    {columns.map((column) => (
                      <td key={column} className={fieldsOf(column).length ? 'mapped' : undefined}>
                        {row[column] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="muted data-preview-note">The first {dataRows.length === 1 ? 'row' : `${dataRows.length} rows`} of the file. Columns you map are highlighted.</p>
      </section>

      <section className="card">
        <h2 className="card-title">Which column holds what?</h2>
        {errors.fields.mapping && (
          <p className="field-error" role="alert">
            {errors.fields.mapping}
          </p>
        )}
        <div className="mapping-grid">
          {LEAD_FIELDS.map(({ field, label, hint }) => (
            <SelectField
              key={field}
              label={label}
              hint={hint}
              value={mapping[field] ?? ''}
              onChange={(event) => setMapping({ ...mapping, [field]: event.target.value === '' ? null : Number(event.target.value) })}
            >
              <option value="">Not in the file</option>
              {columns.map((column) => {
                const example = sample(column);
                return (
                  <option key={column} value={column}>
                    {columnName(column)}
                    {example ? ` (e.g. ${example.length > 28 ? `${example.slice(0, 27)}…` : example})` : ''}
                  </option>
                );
              })}
            </SelectField>
          ))}
        </div>
      </section>

      <section className="card">
        <h2 className="card-title">Options</h2>
        <CheckboxField
          className="consent"
          label="Everyone in this file agreed to receive texts from Matchday"
          hint="Recorded as their SMS consent, with your name and the file’s. Leave it unticked if you are not sure: they are imported without consent to texts."
          checked={consentSms}
          onChange={(event) => setConsentSms(event.target.checked)}
        />
        <EventSelect
          className="field-event-wide"
          label="Event (optional)"
          anyLabel="No event"
          hint="Record these leads as signed up for this event."
          value={eventId}
          onChange={setEventId}
        />
        {errors.fields.eventId && <p className="field-error">{errors.fields.eventId}</p>}
      </section>

      {errors.form && <Alert kind="error" title="The import did not start">{errors.form}</Alert>}
      <div className="form-actions">
        <Button onClick={onStartOver}>Choose another file</Button>
        <Button type="submit" variant="primary" busy={starting.loading}>
          Start the import
        </Button>
      </div>
    </form>
  );
}
