import { Queue } from 'bullmq';
import type { Services } from '../services';
import type { BackgroundWorker } from '../modules';
import { everyMinuteAtMost } from './every-minute-at-most';
import { createRedis } from './redis';

const RELAY_BATCH = 500;
const RELAY_IDLE_MS = 250;
const SWEEP_EVERY_MS = 30_000;

export interface OutboxRelay<T> {
  name: string;
  queueName: string;
  /** Moves up to `limit` rows of the outbox to the queue; returns how many. */
  relay(queue: Queue<T>, limit: number): Promise<number>;
  /** Puts rows Redis lost back in the outbox (run every 30 s). */
  sweep(): Promise<void>;
  /** Log lines for a Redis that is away and for a relay pass that failed. */
  redisAway: string;
  failed: string;
}

/** Runs an outbox relay: moves committed rows to a BullMQ queue as they come, sweeps lost ones back. */
export async function startOutboxRelay<T>(services: Services, outbox: OutboxRelay<T>): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  const connection = createRedis(redisUrl, 'queue', log);
  const queue = new Queue<T>(outbox.queueName, { connection, prefix: config.queuePrefix });
  queue.on('error', everyMinuteAtMost((err) => log.warn({ err }, outbox.redisAway)));
  const relayTrouble = everyMinuteAtMost((err) => log.warn({ err }, outbox.failed));
  let stopped = false;
  let wake: (() => void) | null = null;

  const loop = async () => {
    let lastSweep = 0;
    while (!stopped) {
      let moved = 0;
      try {
        if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
          lastSweep = Date.now();
          await outbox.sweep();
        }
        moved = await outbox.relay(queue, RELAY_BATCH);
      } catch (err) {
        relayTrouble(err);
      }
      if (moved < RELAY_BATCH && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, moved ? 0 : RELAY_IDLE_MS);
        });
      }
    }
  };
  const running = loop();

  return {
    name: outbox.name,
    close: async () => {
      stopped = true;
      wake?.();
      // A relay blocked on an unreachable Redis must not hold up shutdown: its rows stay QUEUED and the sweeper returns them.
      await Promise.race([running, new Promise((r) => setTimeout(r, 2_000))]);
      await Promise.race([queue.close(), new Promise((r) => setTimeout(r, 2_000))]);
      connection.disconnect();
    },
  };
}
