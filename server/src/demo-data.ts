import type { Logger } from './infra/logger';
import { seedDemoLeads } from './modules/leads/leads.demo';
import { DEMO_PASSWORD, seedDemoUsers } from './modules/users/users.demo';
import { seedDemoEvents } from './modules/events/events.demo';
import { seedDemoPlans } from './modules/memberships/memberships.demo';
import type { Services } from './services';

/**
 * Demo data for a first start (DEMO_DATA=false turns it off): loaded once, when the only user
 * is the first admin. Each domain adds its seeder here.
 */
export async function loadDemoDataOnce(services: Services, log: Logger): Promise<void> {
  if (!services.infra.config.demoData) return;
  const { totalCount } = await services.users.list({ first: 2 });
  if (totalCount > 1) return;
  await seedDemoUsers(services);
  const { privateEventUrl } = await seedDemoEvents(services);
  await seedDemoPlans(services);
  await seedDemoLeads(services);
  log.info('Demo data loaded');
  process.stdout.write(`  Demo accounts (password "${DEMO_PASSWORD}"): fan@matchday.local, volunteer@matchday.local\n`);
  process.stdout.write(`  Demo private event (opens only with its link): ${privateEventUrl}\n`);
}
