import type { Services } from '../../services';
import { EventVisibility } from './event.entity';
import { PromoDiscountType } from './promo-code.entity';

const DAY = 24 * 3600_000;
const SYSTEM = { id: null, ip: null };

/** A few published events for a first start: a paid match with a promo code, a free fan fest, and a private dinner. */
export async function seedDemoEvents(services: Services): Promise<{ privateEventUrl: string }> {
  const at = (days: number, hour: number) => {
    const date = new Date(Date.now() + days * DAY);
    date.setUTCHours(hour, 0, 0, 0);
    return date;
  };
  const base = { description: '', address: '1 River Road, Riverside', timeZone: 'Europe/London', coverImageUrl: null };

  const derby = await services.events.create(SYSTEM, {
    ...base,
    title: 'Riverside Derby',
    description: 'The big one. Gates open 90 minutes before kick-off.',
    venue: 'Riverside Stadium',
    startsAt: at(14, 18),
    endsAt: at(14, 21),
    capacity: 500,
    visibility: EventVisibility.PUBLIC,
  });
  const general = { description: null, currency: 'EUR', salesStartAt: null, salesEndAt: null };
  await services.ticketTypes.add(SYSTEM, derby.id, { ...general, name: 'General', priceCents: 2500, quantity: 400, maxPerOrder: 10 });
  await services.ticketTypes.add(SYSTEM, derby.id, { ...general, name: 'Family (2 adults, 2 children)', priceCents: 6000, quantity: 80, maxPerOrder: 4 });
  await services.ticketTypes.add(SYSTEM, derby.id, { ...general, name: 'VIP lounge', priceCents: 12000, quantity: 20, maxPerOrder: 2 });
  await services.promoCodes.create(SYSTEM, derby.id, { code: 'DEMO10', discountType: PromoDiscountType.PERCENTAGE, amount: 10, usageLimit: 100, active: true });
  await services.events.publish(SYSTEM, derby.id);

  const fest = await services.events.create(SYSTEM, {
    ...base,
    title: 'Fan Fest Warm-up',
    description: 'Music, food trucks and the squad on stage. Free, but you need a ticket.',
    venue: 'Riverside Park',
    startsAt: at(7, 12),
    endsAt: at(7, 18),
    capacity: 200,
    visibility: EventVisibility.PUBLIC,
  });
  await services.ticketTypes.add(SYSTEM, fest.id, { ...general, name: 'Free entry', priceCents: 0, quantity: 200, maxPerOrder: 6 });
  await services.events.publish(SYSTEM, fest.id);

  const dinner = await services.events.create(SYSTEM, {
    ...base,
    title: "Supporters' Club Dinner",
    description: 'Members and guests only: open this page with its private link.',
    venue: 'The Riverside Arms',
    startsAt: at(21, 19),
    endsAt: at(21, 23),
    capacity: 40,
    visibility: EventVisibility.PRIVATE,
  });
  await services.ticketTypes.add(SYSTEM, dinner.id, { ...general, name: 'Dinner seat', priceCents: 4500, quantity: 40, maxPerOrder: 2 });
  await services.events.publish(SYSTEM, dinner.id);
  return { privateEventUrl: `${services.infra.config.publicUrl}/events/${dinner.id}?key=${dinner.accessKey}` };
}
