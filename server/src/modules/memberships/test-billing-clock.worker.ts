import type { Services } from '../../services';
import type { BackgroundWorker } from '..';

/** Runs the TEST MODE billing clock every BILLING_CLOCK_SECONDS; with Stripe, Stripe keeps the clock and this does nothing. */
export async function startTestBillingClock(services: Services): Promise<BackgroundWorker> {
  const { config, log } = services.infra;
  if (services.billing.mode !== 'test') return { name: 'test-billing-clock (off: Stripe bills)', close: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = services.testBillingClock.run().catch((err) => log.warn({ err }, 'The TEST MODE billing clock failed; it runs again at the next tick'));
  };
  tick();
  const timer = setInterval(tick, config.billingClockSeconds * 1000);
  timer.unref();
  return {
    name: 'test-billing-clock',
    close: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
