import { registerEnumType } from 'type-graphql';

/** What an endpoint can subscribe to; the value is the `type` of the event it receives. */
export enum WebhookEventType {
  ORDER_PAID = 'order.paid',
  ORDER_REFUNDED = 'order.refunded',
  ORDER_CANCELLED = 'order.cancelled',
  TICKET_CHECKED_IN = 'ticket.checked_in',
  LEAD_CREATED = 'lead.created',
  LEAD_OPTED_OUT = 'lead.opted_out',
  MEMBERSHIP_CHANGED = 'membership.changed',
  JOB_COMPLETED = 'job.completed',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event an outgoing webhook endpoint can receive; its `type` in the payload is the lower-case dotted name (ORDER_PAID is "order.paid").',
  valuesConfig: {
    ORDER_PAID: { description: 'order.paid: an order was paid and its tickets issued. data: the order.' },
    ORDER_REFUNDED: { description: 'order.refunded: money was returned on an order (all or part of it). data: orderId and the refund.' },
    ORDER_CANCELLED: { description: 'order.cancelled: an unpaid order was cancelled (by the buyer, or with its event). data: the order.' },
    TICKET_CHECKED_IN: { description: 'ticket.checked_in: a ticket was let in at the door. data: the ticket.' },
    LEAD_CREATED: { description: 'lead.created: a new lead signed up (not leads imported from a CSV: watch job.completed for those). data: the lead.' },
    LEAD_OPTED_OUT: { description: 'lead.opted_out: a phone number texted STOP. data: the phone.' },
    MEMBERSHIP_CHANGED: { description: 'membership.changed: a membership started, renewed, changed plan, was cancelled or ended. data: the membership and the reason.' },
    JOB_COMPLETED: { description: 'job.completed: a background job (import, export, campaign) finished successfully. data: the job.' },
  },
});
