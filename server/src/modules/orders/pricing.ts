import { PromoDiscountType } from '../events/promo-code.entity';

/** What pricing needs of a ticket type. */
export interface PricedType {
  id: string;
  priceCents: number;
}

/** What pricing needs of a promo code. */
export interface PricingPromo {
  discountType: PromoDiscountType;
  amount: number;
  /** Null: every ticket type of the event. */
  ticketTypeIds: string[] | null;
}

export interface PricedLine<T extends PricedType> {
  ticketType: T;
  quantity: number;
  unitPriceCents: number;
  unitDiscountCents: number;
  totalCents: number;
}

export interface PricedOrder<T extends PricedType> {
  lines: PricedLine<T>[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  /** False when a promo code was given but discounts none of the chosen tickets. */
  promoApplies: boolean;
}

/**
 * Prices an order. A promo discounts each eligible ticket: PERCENTAGE rounds the per-ticket
 * discount to the nearest minor unit; FIXED takes off at most the ticket's price. Discounting per
 * ticket keeps every line a whole number of minor units per ticket, as a payment page shows it.
 */
export function priceOrder<T extends PricedType>(items: { ticketType: T; quantity: number }[], promo: PricingPromo | null): PricedOrder<T> {
  let promoApplies = false;
  const lines = items.map(({ ticketType, quantity }) => {
    const unitPriceCents = ticketType.priceCents;
    const eligible = promo !== null && unitPriceCents > 0 && (promo.ticketTypeIds === null || promo.ticketTypeIds.includes(ticketType.id));
    const unitDiscountCents = eligible ? unitDiscount(unitPriceCents, promo) : 0;
    if (eligible) promoApplies = true;
    return { ticketType, quantity, unitPriceCents, unitDiscountCents, totalCents: quantity * (unitPriceCents - unitDiscountCents) };
  });
  const subtotalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const totalCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  return { lines, subtotalCents, discountCents: subtotalCents - totalCents, totalCents, promoApplies };
}

function unitDiscount(price: number, promo: PricingPromo): number {
  const off = promo.discountType === PromoDiscountType.PERCENTAGE ? Math.round((price * promo.amount) / 100) : promo.amount;
  return Math.min(price, off);
}
