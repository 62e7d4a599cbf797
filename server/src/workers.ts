import { backgroundWorkers, type BackgroundWorker } from './modules';
import type { Services } from './services';

/** Starts every module's background worker; returns a function that closes them all. */
export async function startBackgroundWorkers(services: Services): Promise<() => Promise<void>> {
  const started: BackgroundWorker[] = [];
  for (const start of backgroundWorkers) started.push(await start(services));
  services.infra.log.info({ workers: started.map((w) => w.name) }, 'Background workers started');
  return async () => {
    await Promise.all(started.map((worker) => worker.close()));
  };
}
