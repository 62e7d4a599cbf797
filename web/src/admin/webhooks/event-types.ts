import type { WebhookEventType } from '../../generated/graphql';

/** Every event an endpoint can receive, as its payload names it. */
export const EVENT_TYPES: { value: WebhookEventType; name: string; hint: string }[] = [
  { value: 'ORDER_PAID', name: 'order.paid', hint: 'An order was paid and its tickets issued.' },
  { value: 'ORDER_REFUNDED', name: 'order.refunded', hint: 'Money went back on an order.' },
  { value: 'ORDER_CANCELLED', name: 'order.cancelled', hint: 'An unpaid order was cancelled.' },
  { value: 'TICKET_CHECKED_IN', name: 'ticket.checked_in', hint: 'A ticket was let in at the door.' },
  { value: 'LEAD_CREATED', name: 'lead.created', hint: 'A new lead signed up.' },
  { value: 'LEAD_OPTED_OUT', name: 'lead.opted_out', hint: 'A phone number texted STOP.' },
  { value: 'MEMBERSHIP_CHANGED', name: 'membership.changed', hint: 'A membership started, changed or ended.' },
  { value: 'JOB_COMPLETED', name: 'job.completed', hint: 'An import, export or campaign finished.' },
];

export const eventName = (value: WebhookEventType) => EVENT_TYPES.find((t) => t.value === value)?.name ?? value;
