import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import type { Services } from '../../services';
import type { BackgroundWorker } from '../index';

const NOT_LIVE_RECHECK_MS = 10_000;

/**
 * Admits fans at each on-sale's rate, ends passes that ran out and tells the fans, every
 * WAITING_ROOM_TICK_MS. Every API and worker replica runs it: each tick is one atomic Redis
 * script sharing one token bucket per event, so more replicas admit no faster and never twice,
 * and a replica that restarts picks up where the queue stands in Redis.
 */
export async function startAdmissions(services: Services): Promise<BackgroundWorker> {
  const { onSale, waitingRoomStore, infra } = services;
  const warn = everyMinuteAtMost((err) => infra.log.warn({ err }, 'A waiting room tick failed; retrying'));
  let running: Promise<void> | null = null;
  // Events found not on sale (over, cancelled) are looked at again only after a while, so old on-sales cost nothing.
  const notLiveUntil = new Map<string, number>();

  const tickAll = async () => {
    const now = Date.now();
    for (const settings of await onSale.settings.all()) {
      if (settings.startsAt.getTime() > now || (notLiveUntil.get(settings.eventId) ?? 0) > now) continue;
      try {
        const { stock, live } = await onSale.stockOf(settings.eventId);
        if (!live) {
          notLiveUntil.set(settings.eventId, now + NOT_LIVE_RECHECK_MS);
          continue;
        }
        const { broadcast } = await waitingRoomStore.tick(settings.eventId, settings, stock);
        if (broadcast) onSale.broadcast(settings.eventId, broadcast);
      } catch (err) {
        warn(err);
      }
    }
  };

  const timer = setInterval(() => {
    running ??= tickAll()
      .catch(warn)
      .finally(() => (running = null));
  }, infra.config.waitingRoomTickMs);

  return {
    name: 'waiting room admissions',
    close: async () => {
      clearInterval(timer);
      await running;
      onSale.settings.stop();
    },
  };
}
