// The job worker process: the same services as the API, no HTTP. Scale it out with replicas.
import { boot, onSignals } from './boot';
import { startBackgroundWorkers } from './workers';

async function main() {
  const { services, log, shutdown } = await boot('worker');
  shutdown.add('background workers', await startBackgroundWorkers(services));
  log.info('Matchday worker is running');
  onSignals(log, () => shutdown.run());
}

main().catch((err) => {
  process.stderr.write(`Matchday worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
