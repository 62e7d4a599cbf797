import type { Services } from '../../services';

const SYSTEM = { id: null, ip: null };

/** Two plans for a first start: a cheap supporter membership with a free trial, and a season club. */
export async function seedDemoPlans(services: Services): Promise<void> {
  await services.plans.create(SYSTEM, {
    name: 'Supporter',
    description: 'Back the club every month and get in first.',
    perks: 'Member presale for every match\n10% off tickets where the club offers a member price\nMembers-only newsletter',
    monthlyPriceCents: 500,
    yearlyPriceCents: 5000,
    currency: 'EUR',
    trialDays: 14,
  });
  await services.plans.create(SYSTEM, {
    name: 'Season Club',
    description: 'The full season experience.',
    perks: 'Everything in Supporter\nMember prices on VIP lounge tickets\nAn invitation to the Supporters\' Club Dinner',
    monthlyPriceCents: 1500,
    yearlyPriceCents: 15000,
    currency: 'EUR',
    trialDays: 0,
  });
}
