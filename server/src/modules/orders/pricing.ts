import { PromoDiscountType } from '../events/promo-code.entity';

/** What pricing needs of a ticket type. */
export interface PricedType {
  id: string;
  priceCents: number;
  /** Percent off for members (0-100); absent or 0: none. */
  memberDiscountPercent?: number;
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
  /** Every discount on one ticket: the member price's part plus the promo code's. */
  unitDiscountCents: number;
  /** The member price's part of unitDiscountCents. */
  unitMemberDiscountCents: number;
  totalCents: number;
}

export interface PricedOrder<T extends PricedType> {
  lines: PricedLine<T>[];
  subtotalCents: number;
  discountCents: number;
  /** The member price's part of discountCents. */
  memberDiscountCents: number;
  totalCents: number;
  /** False when a promo code was given but discounts none of the chosen tickets. */
  promoApplies: boolean;
}

/**
 * Prices an order. A member buying a ticket type with a member discount pays the member price
 * first (the percentage off, rounded to the nearest minor unit); a promo then discounts each
 * eligible ticket's remaining price: PERCENTAGE rounds the per-ticket discount to the nearest
 * minor unit; FIXED takes off at most what is left. Discounting per ticket keeps every line a
 * whole number of minor units per ticket, as a payment page shows it.
 */
export function priceOrder<T extends PricedType>(
  items: { ticketType: T; quantity: number }[],
  promo: PricingPromo | null,
  options: { member?: boolean } = {},
): PricedOrder<T> {
  let promoApplies = false;
  const lines = items.map(({ ticketType, quantity }) => {
    const unitPriceCents = ticketType.priceCents;
    const unitMemberDiscountCents = options.member ? memberDiscount(ticketType) : 0;
    const left = unitPriceCents - unitMemberDiscountCents;
    const eligible = promo !== null && left > 0 && (promo.ticketTypeIds === null || promo.ticketTypeIds.includes(ticketType.id));
    const unitDiscountCents = unitMemberDiscountCents + (eligible ? unitDiscount(left, promo) : 0);
    if (eligible) promoApplies = true;
    return { ticketType, quantity, unitPriceCents, unitDiscountCents, unitMemberDiscountCents, totalCents: quantity * (unitPriceCents - unitDiscountCents) };
  });
  const subtotalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const totalCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  const memberDiscountCents = lines.reduce((sum, line) => sum + line.quantity * line.unitMemberDiscountCents, 0);
  return { lines, subtotalCents, discountCents: subtotalCents - totalCents, memberDiscountCents, totalCents, promoApplies };
}

/** What a member saves on one ticket of this type, minor units. */
export function memberDiscount(ticketType: PricedType): number {
  return Math.round((ticketType.priceCents * (ticketType.memberDiscountPercent ?? 0)) / 100);
}

function unitDiscount(price: number, promo: PricingPromo): number {
  const off = promo.discountType === PromoDiscountType.PERCENTAGE ? Math.round((price * promo.amount) / 100) : promo.amount;
  return Math.min(price, off);
}
