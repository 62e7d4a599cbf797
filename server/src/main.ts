import { boot, onSignals } from './boot';
import { StartupLock, withAdvisoryLock } from './db/data-source';
import { loadDemoDataOnce } from './demo-data';
import { buildGraphSchema } from './graphql/schema';
import { startHttpServer } from './http/app';
import { ensureFirstAdmin } from './modules/users/first-admin';
import { startBackgroundWorkers } from './workers';

async function main() {
  const { config, services, log, shutdown } = await boot('api');
  // Replicas starting together on a fresh database: one creates the admin and the demo data.
  await withAdvisoryLock(services.infra.db, StartupLock.FirstStart, async () => {
    await ensureFirstAdmin(services, log);
    await loadDemoDataOnce(services, log);
  });
  const schema = await buildGraphSchema(services.infra.pubSub);
  const http = await startHttpServer(services, schema);
  if (config.runWorkers) shutdown.add('background workers', await startBackgroundWorkers(services));
  shutdown.add('http', http.close);
  if (!config.rateLimitsEnabled) log.warn('RATE_LIMITS=off: rate limits are switched off (lockout stays on)');
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port }, 'Matchday is listening');
  process.stdout.write(`\n  Matchday is running at ${config.publicUrl.replace(/:\d+$/, `:${port}`)}\n\n`);
  onSignals(log, () => shutdown.run());
}

main().catch((err) => {
  process.stderr.write(`Matchday failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
