import crypto from 'node:crypto';
import { dataOf, graph, type CallOptions } from './graph';

/** GraphQL documents and fixtures shared by the events, checkout and check-in suites. */

export const EVENT_FIELDS = `id title status visibility capacity seatsAvailable startsAt endsAt timeZone`;

export const CREATE_EVENT = `mutation($input: EventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} accessKey shareUrl } }`;
export const ADD_TICKET_TYPE = `mutation($eventId: ID!, $input: TicketTypeInput!) { addTicketType(eventId: $eventId, input: $input) { id name priceCents currency quantity maxPerOrder available } }`;
export const PUBLISH_EVENT = `mutation($id: ID!) { publishEvent(id: $id) { id status publishedAt } }`;
export const START_CHECKOUT = `mutation($input: CheckoutInput!) {
  startCheckout(input: $input) {
    paymentUrl testMode
    order { id status totalCents subtotalCents discountCents currency holdExpiresAt paymentProvider promoCode tickets { id code status } }
  }
}`;
export const COMPLETE_TEST_CHECKOUT = `mutation($orderId: ID!, $outcome: TestCheckoutOutcome!) {
  completeTestCheckout(orderId: $orderId, outcome: $outcome) { id status paidAt tickets { id code status holderName ticketType { name } } }
}`;
export const SALES = `query($eventId: ID!) { eventSales(eventId: $eventId) { capacity sold held available checkedIn paidOrders revenueCents refundedCents
  ticketTypes { ticketType { id name } quantity sold held available checkedIn revenueCents } } }`;

const HOUR = 3600_000;

export interface EventOptions {
  title?: string;
  capacity?: number;
  visibility?: 'PUBLIC' | 'PRIVATE';
  startsInHours?: number;
  venue?: string;
}

export function eventInput(options: EventOptions = {}) {
  const startsAt = new Date(Date.now() + (options.startsInHours ?? 24 * 7) * HOUR);
  return {
    title: options.title ?? `Match ${crypto.randomUUID().slice(0, 8)}`,
    description: 'A test fixture.',
    venue: options.venue ?? 'Riverside Stadium',
    address: '1 River Road',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
    timeZone: 'Europe/London',
    capacity: options.capacity ?? 100,
    visibility: options.visibility ?? 'PUBLIC',
  };
}

export function ticketTypeInput(overrides: Record<string, unknown> = {}) {
  return { name: 'General', priceCents: 2500, currency: 'EUR', quantity: 100, maxPerOrder: 10, ...overrides };
}

export interface PublishedEvent {
  id: string;
  title: string;
  accessKey: string;
  ticketTypeIds: string[];
}

/** A published event with the given ticket types (one €25 General by default), created as `admin`. */
export async function publishedEvent(
  admin: CallOptions,
  options: EventOptions & { ticketTypes?: Record<string, unknown>[]; publish?: boolean } = {},
): Promise<PublishedEvent> {
  const event = dataOf(await graph(CREATE_EVENT, { input: eventInput(options) }, admin)).createEvent;
  const ticketTypeIds: string[] = [];
  for (const type of options.ticketTypes ?? [ticketTypeInput()]) {
    ticketTypeIds.push(dataOf(await graph(ADD_TICKET_TYPE, { eventId: event.id, input: ticketTypeInput(type) }, admin)).addTicketType.id);
  }
  if (options.publish !== false) dataOf(await graph(PUBLISH_EVENT, { id: event.id }, admin));
  return { id: event.id, title: event.title, accessKey: event.accessKey, ticketTypeIds };
}

export function checkoutInput(eventId: string, items: { ticketTypeId: string; quantity: number }[], extra: Record<string, unknown> = {}) {
  return { eventId, items, idempotencyKey: crypto.randomUUID(), ...extra };
}
