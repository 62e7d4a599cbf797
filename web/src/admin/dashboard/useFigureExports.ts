import { useApolloClient, useMutation, useSubscription } from '@apollo/client/react';
import { useReducer, useRef, useState } from 'react';
import { graphql } from '../../generated';
import type { BusinessFigure, JobFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';

const StartBusinessMetricsExportDoc = graphql(`
  mutation StartBusinessMetricsExport($figure: BusinessFigure!, $from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {
    startBusinessMetricsExport(figure: $figure, from: $from, to: $to, currency: $currency) {
      ...JobFields
    }
  }
`);

const BusinessMetricsExportUpdatesDoc = graphql(`
  subscription BusinessMetricsExportUpdates {
    jobUpdated {
      ...JobFields
    }
  }
`);

const ExportJobDoc = graphql(`
  query BusinessMetricsExportJob($id: ID!) {
    job(id: $id) {
      ...JobFields
    }
  }
`);

const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);
/** How often a running export is also asked for, in case an update went by before the subscription was open. */
const POLL_MS = 2000;

export interface FigureExport {
  job: JobFieldsFragment | undefined;
  failure: string | null;
  starting: boolean;
}

/**
 * CSV exports of the dashboard's figures: one background job per figure and range, followed live
 * over one subscription (and asked for now and then while it runs, so no finish goes unseen).
 */
export function useFigureExports(range: { from: string; to: string; currency: string | null }) {
  const jobs = useRef(new Map<string, JobFieldsFragment>());
  const [byFigure, setByFigure] = useState<Partial<Record<BusinessFigure, { jobId: string | null; failure: string | null; key: string }>>>({});
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  // Not cached: the worker's updates can overtake this answer.
  const [start] = useMutation(StartBusinessMetricsExportDoc, { fetchPolicy: 'no-cache' });
  const client = useApolloClient();
  const key = `${range.from}|${range.to}|${range.currency ?? ''}`;

  const remember = (job: JobFieldsFragment) => {
    const known = jobs.current.get(job.id);
    // A job only moves forward: an older snapshot never replaces a finished one.
    if (known && FINISHED.has(known.state) && !FINISHED.has(job.state)) return;
    jobs.current.set(job.id, job);
    rerender();
  };

  useSubscription(BusinessMetricsExportUpdatesDoc, {
    onData: ({ data }) => {
      // Every job's updates are kept: the worker can finish an export before its start is answered.
      if (data.data) remember(data.data.jobUpdated);
    },
  });

  const exportFigure = async (figure: BusinessFigure) => {
    setByFigure((current) => ({ ...current, [figure]: { jobId: null, failure: null, key } }));
    try {
      const { data } = await start({ variables: { figure, from: range.from, to: range.to, currency: range.currency } });
      if (!data) return;
      const job = data.startBusinessMetricsExport;
      remember(job);
      setByFigure((current) => ({ ...current, [figure]: { jobId: job.id, failure: null, key } }));
      while (!FINISHED.has(jobs.current.get(job.id)?.state ?? 'QUEUED')) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const { data: polled } = await client.query({ query: ExportJobDoc, variables: { id: job.id }, fetchPolicy: 'no-cache' });
        if (!polled?.job) break;
        remember(polled.job);
      }
    } catch (error) {
      setByFigure((current) => ({ ...current, [figure]: { jobId: null, failure: errorMessage(error), key } }));
    }
  };

  /** The figure's export for the range on screen (an export of another range is not offered). */
  const exportOf = (figure: BusinessFigure): FigureExport | null => {
    const entry = byFigure[figure];
    if (!entry || entry.key !== key) return null;
    const job = entry.jobId ? jobs.current.get(entry.jobId) : undefined;
    return { job, failure: entry.failure, starting: entry.jobId === null && entry.failure === null };
  };

  return { exportFigure, exportOf };
}
