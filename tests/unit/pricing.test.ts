import { PromoDiscountType } from '../../server/src/modules/events/promo-code.entity';
import { priceOrder } from '../../server/src/modules/orders/pricing';

const general = { id: 'general', priceCents: 2500 };
const vip = { id: 'vip', priceCents: 999 };
const free = { id: 'free', priceCents: 0 };

describe('priceOrder', () => {
  it('adds up lines without a promo code', () => {
    const priced = priceOrder([{ ticketType: general, quantity: 2 }, { ticketType: vip, quantity: 1 }], null);
    expect(priced).toMatchObject({ subtotalCents: 5999, discountCents: 0, totalCents: 5999, promoApplies: false });
  });

  it('rounds a percentage per ticket to the nearest minor unit', () => {
    const priced = priceOrder([{ ticketType: vip, quantity: 3 }], { discountType: PromoDiscountType.PERCENTAGE, amount: 15, ticketTypeIds: null });
    // 15% of 999 = 149.85 -> 150 per ticket.
    expect(priced.lines[0]).toMatchObject({ unitDiscountCents: 150, totalCents: 3 * 849 });
    expect(priced).toMatchObject({ subtotalCents: 2997, discountCents: 450, totalCents: 2547, promoApplies: true });
  });

  it('never takes a fixed amount below zero, and discounts only the ticket types named', () => {
    const priced = priceOrder([{ ticketType: general, quantity: 1 }, { ticketType: vip, quantity: 2 }], { discountType: PromoDiscountType.FIXED, amount: 1500, ticketTypeIds: ['vip'] });
    expect(priced.lines.map((l) => l.unitDiscountCents)).toEqual([0, 999]);
    expect(priced.totalCents).toBe(2500);
  });

  it('says when a code discounts nothing (only free or other tickets chosen)', () => {
    expect(priceOrder([{ ticketType: free, quantity: 2 }], { discountType: PromoDiscountType.PERCENTAGE, amount: 50, ticketTypeIds: null }).promoApplies).toBe(false);
    expect(priceOrder([{ ticketType: general, quantity: 1 }], { discountType: PromoDiscountType.FIXED, amount: 100, ticketTypeIds: ['vip'] }).promoApplies).toBe(false);
  });

  it('takes 100% off to a free order', () => {
    expect(priceOrder([{ ticketType: general, quantity: 4 }], { discountType: PromoDiscountType.PERCENTAGE, amount: 100, ticketTypeIds: null }).totalCents).toBe(0);
  });
});
