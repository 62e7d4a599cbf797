import { dataOf, graph } from './graph';

export interface JobView {
  id: string;
  kind: string;
  state: string;
  progress: number;
  processed: number;
  total: number | null;
  message: string | null;
  resultUrl: string | null;
  error: string | null;
}

const JOB = `query ($id: ID!) { job(id: $id) { id kind state progress processed total message resultUrl error } }`;

/** Polls job(id) as an admin until the job has finished (COMPLETED, FAILED or CANCELLED). */
export async function finishedJob(id: string, token: string, url?: string, timeoutMs = 60_000): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { job } = dataOf(await graph<{ job: JobView }>(JOB, { id }, { token, url }));
    if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`Job ${id} did not finish in ${timeoutMs} ms: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
