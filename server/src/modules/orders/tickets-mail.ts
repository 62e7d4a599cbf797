import type { EntityManager } from 'typeorm';
import type { Event } from '../events/event.entity';
import type { TicketType } from '../events/ticket-type.entity';
import type { MailService } from '../mail/mail.service';
import type { Ticket } from '../tickets/ticket.entity';
import type { User } from '../users/user.entity';
import type { Order } from './order.entity';

/**
 * The email that delivers a paid order's tickets: every code (grouped in fours, as the door
 * accepts them typed) and a link to the order page in the app, where the QR codes are.
 * Written to the mail outbox in the fulfilment transaction, so it is sent exactly when the order
 * is paid, and never for an order that did not commit.
 */
export class TicketsMail {
  constructor(
    private readonly mail: MailService,
    private readonly publicUrl: string,
  ) {}

  async send(manager: EntityManager, input: { order: Order; event: Event; buyer: User; tickets: Ticket[]; ticketTypes: TicketType[] }): Promise<void> {
    const { order, event, buyer, tickets } = input;
    const typeNames = new Map(input.ticketTypes.map((type) => [type.id, type.name]));
    const when = event.startsAt.toLocaleString('en-GB', { timeZone: event.timeZone, dateStyle: 'full', timeStyle: 'short' });
    const where = [event.venue, event.address].filter(Boolean).join(', ');
    const orderUrl = `${this.publicUrl}/orders/${order.id}`;
    const lines = tickets.map((ticket) => ({ type: typeNames.get(ticket.ticketTypeId) ?? 'Ticket', code: grouped(ticket.code) }));
    const total = money(order.totalCents, order.currency);

    const text = [
      `Hi ${buyer.name},`,
      '',
      `Your order for ${event.title} is confirmed.`,
      `When: ${when} (${event.timeZone})`,
      `Where: ${where}`,
      '',
      `Your tickets (show the QR code at the door, or give the code):`,
      ...lines.map((line) => `  ${line.type}: ${line.code}`),
      '',
      `Your tickets with their QR codes: ${orderUrl}`,
      '',
      `Order ${order.id} · total ${total}${order.paymentProvider === 'TEST' ? ' (TEST MODE: no money was taken)' : ''}`,
    ].join('\n');
    const html = [
      `<p>Hi ${escape(buyer.name)},</p>`,
      `<p>Your order for <strong>${escape(event.title)}</strong> is confirmed.<br>When: ${escape(when)} (${escape(event.timeZone)})<br>Where: ${escape(where)}</p>`,
      `<table cellpadding="6">${lines.map((line) => `<tr><td>${escape(line.type)}</td><td style="font-family:monospace;font-size:18px">${line.code}</td></tr>`).join('')}</table>`,
      `<p><a href="${escape(orderUrl)}">Open your tickets with their QR codes</a></p>`,
      `<p style="color:#666">Order ${order.id} · total ${escape(total)}</p>`,
    ].join('\n');
    await this.mail.send({ to: buyer.email, subject: `Your tickets for ${event.title}`, text, html, kind: 'tickets' }, manager);
  }
}

function grouped(code: string): string {
  return code.replace(/(.{4})(?!$)/g, '$1-');
}

export function money(cents: number, currency: string): string {
  const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
  return format.format(cents / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
