import type { OutgoingWebhookDelivery } from './outgoing-webhook-delivery.entity';
import type { Job } from '../jobs/job.entity';
import type { Membership } from '../memberships/membership.entity';
import type { Order } from '../orders/order.entity';
import type { Refund } from '../orders/refund.entity';
import type { Ticket } from '../tickets/ticket.entity';

/**
 * What each event's `data` holds: the object's ids and state at the moment of the change, never
 * secrets. An integrator fetches more through the graph.
 */
export const webhookData = {
  order: (o: Order) => ({
    order: { id: o.id, status: o.status, eventId: o.eventId, buyerId: o.buyerId, currency: o.currency, totalCents: o.totalCents, paidCents: o.paidCents, refundedCents: o.refundedCents, paidAt: o.paidAt },
  }),
  refund: (r: Refund) => ({ orderId: r.orderId, refund: { id: r.id, amountCents: r.amountCents, reason: r.reason, status: r.status } }),
  ticket: (t: Ticket) => ({ ticket: { id: t.id, eventId: t.eventId, orderId: t.orderId, ticketTypeId: t.ticketTypeId, status: t.status, checkedInAt: t.checkedInAt, checkedInById: t.checkedInById } }),
  optOut: (phone: string, keyword: string) => ({ phone, keyword }),
  membership: (m: Membership, reason: string) => ({
    reason,
    membership: { id: m.id, userId: m.userId, planId: m.planId, status: m.status, interval: m.interval, amountCents: m.amountCents, currency: m.currency, currentPeriodEnd: m.currentPeriodEnd, cancelAtPeriodEnd: m.cancelAtPeriodEnd },
  }),
  job: (j: Job) => ({ job: { id: j.id, kind: j.kind, state: j.state, processed: j.processed, total: j.total, message: j.message, finishedAt: j.finishedAt } }),
};

/** lead.created from SQL (the signup batch's `inserted` CTE): the same shape as the graph's Lead. */
export const LEAD_CREATED_DATA_SQL = `jsonb_build_object('lead', jsonb_build_object('id', id, 'email', email, 'phone', phone, 'consentSms', consent_sms))`;

/** The JSON body POSTed for a delivery; the same bytes at every attempt. */
export function webhookBody(delivery: OutgoingWebhookDelivery): string {
  return JSON.stringify({ id: delivery.eventId, type: delivery.eventType, createdAt: delivery.occurredAt.toISOString(), data: delivery.data });
}
