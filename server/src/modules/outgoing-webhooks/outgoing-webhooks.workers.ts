import { Worker } from 'bullmq';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import { startOutboxRelay } from '../../infra/outbox-relay';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '../index';
import { QueueName } from '../jobs/queues';
import type { WebhookJobData } from './webhook-sender';

/** Hands due deliveries to the queue; sweeps the ones Redis lost back to PENDING. */
export function startWebhookRelay(services: Services): Promise<BackgroundWorker> {
  const { log } = services.infra;
  return startOutboxRelay<WebhookJobData>(services, {
    name: 'outgoing-webhooks-relay',
    queueName: QueueName.Webhooks,
    relay: (queue, limit) => services.webhookSender.relay(queue, limit),
    sweep: async () => {
      const requeued = await services.webhookSender.sweep();
      if (requeued) log.warn({ requeued }, 'Outgoing webhook deliveries Redis lost went back to PENDING');
    },
    redisAway: 'Outgoing webhooks cannot reach Redis; deliveries wait in Postgres',
    failed: 'The outgoing webhook relay failed; it keeps trying',
  });
}

/** Makes one signed POST per job. Many at once: an endpoint that is slow only holds its own few slots. */
export async function startWebhookDeliveryWorker(services: Services): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  const connection = createRedis(redisUrl, 'queue', log);
  const worker = new Worker<WebhookJobData>(QueueName.Webhooks, (job) => services.webhookSender.deliver(job.data.id), {
    connection,
    prefix: config.queuePrefix,
    // Deliveries wait on the network, not the CPU.
    concurrency: config.workerConcurrency * 8,
  });
  worker.on('error', everyMinuteAtMost((err) => log.warn({ err }, 'The webhook sender cannot reach Redis; it keeps trying')));
  return {
    name: 'outgoing-webhooks-delivery',
    close: async () => {
      await worker.close();
      connection.disconnect();
    },
  };
}
