import type { Services } from '../../services';

const DEMO_INTERESTS = ['Match tickets', 'Fan fest', "Kids' club", 'Merchandise'];

// US numbers are 555-01xx, reserved as fictional: a Matchday with real Twilio keys texts nobody real.
const DEMO_LEADS = [
  { name: 'Jamie Rivera', email: 'jamie.rivera@example.com', phone: '+14155550101', zip: '94103', interests: ['match-tickets', 'fan-fest'], consentSms: true },
  { name: 'Priya Patel', email: 'priya.patel@example.com', phone: '+14155550102', zip: '94110', interests: ['kids-club'], consentSms: true },
  { name: 'Tom Becker', email: 'tom.becker@example.com', phone: null, zip: '10001', interests: ['merchandise'], consentSms: false },
  { name: 'Lea Martin', email: 'lea.martin@example.com', phone: '+33612345678', zip: '75011', interests: ['fan-fest'], consentSms: false },
];

/** The signup form's interest choices and a few leads signed up through it (their confirmations go to the SMS outbox). */
export async function seedDemoLeads(services: Services): Promise<void> {
  const system = { id: null, ip: null };
  for (const [position, label] of DEMO_INTERESTS.entries()) await services.leads.interests.create(system, { label, position });
  for (const lead of DEMO_LEADS) await services.leads.signUp(lead, '127.0.0.1');
}
