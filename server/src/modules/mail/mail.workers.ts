import { Queue, Worker } from 'bullmq';
import { createMailTransport } from '../../integrations/mail';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '..';
import { MailDelivery } from './mail-delivery';
import { MailRelay } from './mail-relay';
import { MAIL_QUEUE, type MailJobData } from './mail.queue';

const RELAY_INTERVAL_MS = 1000;

/** The outbox relay (every second) and the BullMQ worker that delivers what it queues. */
export async function startMailWorkers(services: Services): Promise<BackgroundWorker> {
  const { config, db, redisUrl, log } = services.infra;
  const queueConnection = createRedis(redisUrl, 'queue', log);
  const workerConnection = createRedis(redisUrl, 'queue', log);
  const queue = new Queue<MailJobData>(MAIL_QUEUE, { connection: queueConnection });
  const transport = createMailTransport(config);
  const delivery = new MailDelivery(db, transport);
  const worker = new Worker<MailJobData>(MAIL_QUEUE, (job) => delivery.process(job), {
    connection: workerConnection,
    concurrency: config.workerConcurrency,
  });
  const redisTrouble = everyMinuteAtMost((err) => log.warn({ err }, 'The mail queue cannot reach Redis; mail waits in the outbox'));
  worker.on('error', redisTrouble);
  queue.on('error', redisTrouble);

  const relay = new MailRelay(db, queue);
  let relayFailing = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  const schedule = () => {
    timer = setTimeout(() => {
      pass = relay.drain().then(
        () => {
          if (relayFailing) log.info('Mail relay recovered');
          relayFailing = false;
        },
        (err) => {
          // Messages stay PENDING and go out once Postgres and Redis answer again; log once per outage.
          if (!relayFailing) log.warn({ err }, 'Mail relay cannot hand messages to the queue; they wait in the outbox');
          relayFailing = true;
        },
      );
      void pass.finally(() => {
        if (!stopped) schedule();
      });
    }, RELAY_INTERVAL_MS);
  };
  schedule();

  return {
    name: 'mail',
    close: async () => {
      stopped = true;
      clearTimeout(timer);
      await pass;
      await worker.close();
      await queue.close();
      transport.close();
      await Promise.all([queueConnection.quit(), workerConnection.quit()]);
    },
  };
}
