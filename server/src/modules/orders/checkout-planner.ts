import { badInput, conflict, forbidden, notFound } from '../../graphql/errors';
import type { Viewer } from '../auth/viewer.service';
import { Event, EventStatus } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import type { PromoCode } from '../events/promo-code.entity';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { TicketType } from '../events/ticket-type.entity';
import type { EventSnapshots } from '../events/event-snapshots';
import type { MembershipsService } from '../memberships/memberships.service';
import type { CheckoutQuote, CheckoutQuoteInput } from './orders.types';
import { priceOrder, type PricedOrder } from './pricing';

/** A checkout that passed every rule, priced. */
export interface CheckoutPlan {
  event: Event;
  promo: PromoCode | null;
  priced: PricedOrder<TicketType>;
  currency: string;
}

/**
 * Everything a checkout must satisfy before seats are held: the event is visible and on sale,
 * each ticket type belongs to it, is in its sales window (or, for a member, in the event's member
 * presale) and within maxPerOrder, and the promo code is usable; members get the member price.
 * Shared by checkoutQuote and startCheckout so the quote is what you pay.
 */
export class CheckoutPlanner {
  constructor(
    private readonly events: EventsService,
    private readonly snapshots: EventSnapshots,
    private readonly promoCodes: PromoCodesService,
    private readonly memberships: MembershipsService,
  ) {}

  async plan(viewer: Viewer, input: CheckoutQuoteInput, now = new Date()): Promise<CheckoutPlan> {
    const snapshot = await this.snapshots.get(input.eventId);
    const event = snapshot && this.events.canView(viewer, snapshot.event, input.accessKey) ? snapshot.event : null;
    if (!event) throw notFound('Event');
    if (event.status === EventStatus.CANCELLED) throw conflict('This event was cancelled: tickets are no longer on sale.');
    if (event.status === EventStatus.DRAFT) throw conflict('This event is not on sale yet: it is still a draft.');
    if (event.endsAt <= now) throw conflict('This event is over: tickets are no longer on sale.');

    const types = new Map(snapshot!.ticketTypes.map((type) => [type.id, type]));
    const presaleOpen = event.memberPresaleStartsAt !== null && event.memberPresaleStartsAt <= now;
    // Membership is looked up only when a perk is at stake, so other checkouts pay nothing for it.
    const perksAtStake = input.items.some((item) => {
      const type = types.get(item.ticketTypeId);
      return type && (type.memberDiscountPercent > 0 || (presaleOpen && type.salesStartAt !== null && type.salesStartAt > now));
    });
    const member = perksAtStake && (await this.memberships.isMember(viewer.user.id));
    const seen = new Set<string>();
    const items = input.items.map((item, i) => {
      const type = types.get(item.ticketTypeId);
      if (!type) throw badInput(`items.${i}.ticketTypeId`, 'This ticket type is not part of this event.');
      if (seen.has(type.id)) throw badInput(`items.${i}.ticketTypeId`, `List "${type.name}" once, with the quantity you want.`);
      seen.add(type.id);
      if (item.quantity > type.maxPerOrder) {
        throw badInput(`items.${i}.quantity`, `You can buy at most ${type.maxPerOrder} "${type.name}" tickets per order.`);
      }
      if (type.salesStartAt && type.salesStartAt > now && !(presaleOpen && member)) {
        const generalSale = type.salesStartAt.toISOString();
        if (presaleOpen) {
          throw forbidden(`Member presale: "${type.name}" tickets are for members only until general sale opens at ${generalSale}.`, {
            field: `items.${i}.ticketTypeId`,
            generalSaleStartsAt: generalSale,
          });
        }
        const early = event.memberPresaleStartsAt && event.memberPresaleStartsAt < type.salesStartAt ? ` (members from ${event.memberPresaleStartsAt.toISOString()})` : '';
        throw conflict(`"${type.name}" tickets go on sale at ${generalSale}${early}.`, `items.${i}.ticketTypeId`);
      }
      if ((type.salesEndAt ?? event.endsAt) <= now) throw conflict(`Sales of "${type.name}" tickets have ended.`, `items.${i}.ticketTypeId`);
      return { ticketType: type, quantity: item.quantity };
    });

    const code = input.promoCode?.trim();
    const promo = code ? await this.promoCodes.findUsable(event.id, code, 'promoCode', now) : null;
    const priced = priceOrder(items, promo, { member });
    if (promo && !priced.promoApplies) throw badInput('promoCode', 'This promo code does not apply to the tickets you chose.');
    return { event, promo, priced, currency: items[0].ticketType.currency };
  }

  /** checkoutQuote: the price of a checkout now, holding nothing. */
  async quote(viewer: Viewer, input: CheckoutQuoteInput): Promise<CheckoutQuote> {
    const { priced, promo, currency } = await this.plan(viewer, input);
    return {
      currency,
      lines: priced.lines,
      subtotalCents: priced.subtotalCents,
      discountCents: priced.discountCents,
      memberDiscountCents: priced.memberDiscountCents,
      totalCents: priced.totalCents,
      promoCode: promo?.code ?? null,
    };
  }
}
