import { dataOf, errorOf, graph } from '../support/graph';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT, ticketTypeInput } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const CREATE_PROMO = `mutation($eventId: ID!, $input: PromoCodeInput!) { createPromoCode(eventId: $eventId, input: $input) { id code usedCount } }`;
const UPDATE_PROMO = `mutation($id: ID!, $input: PromoCodeInput!) { updatePromoCode(id: $id, input: $input) { id active } }`;
const QUOTE = `query($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { subtotalCents discountCents totalCents promoCode lines { ticketType { name } quantity unitPriceCents unitDiscountCents totalCents } } }`;
const USED = `query($id: ID!) { event(id: $id) { promoCodes { code usedCount } } }`;

describe('promo codes', () => {
  let admin: TestUser;
  let fan: TestUser;

  beforeAll(async () => {
    admin = await createUser('ADMIN');
    fan = await createUser('FAN');
  });

  const twoTypes = () =>
    publishedEvent(admin, { ticketTypes: [ticketTypeInput({ name: 'General', priceCents: 2500 }), ticketTypeInput({ name: 'VIP', priceCents: 999 })] });

  it('takes a percentage off every eligible ticket, matching the code in any case', async () => {
    const event = await twoTypes();
    dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: { code: 'Fans20', discountType: 'PERCENTAGE', amount: 20 } }, admin));
    const items = [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }, { ticketTypeId: event.ticketTypeIds[1], quantity: 1 }];
    const quote = dataOf(await graph(QUOTE, { input: { eventId: event.id, items, promoCode: 'fans20' } }, fan)).checkoutQuote;
    // 20% of 2500 = 500; 20% of 999 = 199.8, rounded to 200.
    expect(quote).toEqual({
      subtotalCents: 5999,
      discountCents: 1200,
      totalCents: 4799,
      promoCode: 'Fans20',
      lines: [
        { ticketType: { name: 'General' }, quantity: 2, unitPriceCents: 2500, unitDiscountCents: 500, totalCents: 4000 },
        { ticketType: { name: 'VIP' }, quantity: 1, unitPriceCents: 999, unitDiscountCents: 200, totalCents: 799 },
      ],
    });
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, items, { promoCode: 'FANS20' }) }, fan)).startCheckout.order;
    expect(order).toMatchObject({ subtotalCents: 5999, discountCents: 1200, totalCents: 4799, promoCode: 'Fans20' });
  });

  it('takes a fixed amount off each eligible ticket, never below zero, and only on the ticket types it names', async () => {
    const event = await twoTypes();
    const [general, vip] = event.ticketTypeIds;
    dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: { code: 'VIPONLY', discountType: 'FIXED', amount: 1500, ticketTypeIds: [vip] } }, admin));
    const both = dataOf(await graph(QUOTE, { input: { eventId: event.id, items: [{ ticketTypeId: general, quantity: 1 }, { ticketTypeId: vip, quantity: 2 }], promoCode: 'VIPONLY' } }, fan)).checkoutQuote;
    expect(both).toMatchObject({ subtotalCents: 4498, discountCents: 1998, totalCents: 2500 });
    const notApplicable = await graph(QUOTE, { input: { eventId: event.id, items: [{ ticketTypeId: general, quantity: 1 }], promoCode: 'VIPONLY' } }, fan);
    expect(errorOf(notApplicable).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'promoCode' });
    expect(errorOf(notApplicable).message).toMatch(/does not apply/);
  });

  it('refuses unknown, inactive, not-yet-valid and expired codes, naming the field', async () => {
    const event = await twoTypes();
    const hour = 3600_000;
    const base = { discountType: 'PERCENTAGE', amount: 10 };
    const inactive = dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: { ...base, code: 'SLEEPY' } }, admin)).createPromoCode;
    dataOf(await graph(UPDATE_PROMO, { id: inactive.id, input: { ...base, code: 'SLEEPY', active: false } }, admin));
    dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: { ...base, code: 'LATER', validFrom: new Date(Date.now() + hour).toISOString() } }, admin));
    dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: { ...base, code: 'GONE', validUntil: new Date(Date.now() - hour).toISOString() } }, admin));
    const other = await twoTypes();
    dataOf(await graph(CREATE_PROMO, { eventId: other.id, input: { ...base, code: 'ELSEWHERE' } }, admin));

    const messages: Record<string, RegExp> = { NOPE: /not valid for this event/, SLEEPY: /not valid for this event/, LATER: /not valid yet/, GONE: /expired/, ELSEWHERE: /not valid for this event/ };
    for (const [code, message] of Object.entries(messages)) {
      const result = await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }], { promoCode: code }) }, fan);
      expect(errorOf(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'promoCode' });
      expect(errorOf(result).message).toMatch(message);
    }
  });

  it('checks promo code settings', async () => {
    const event = await twoTypes();
    const attempt = (input: Record<string, unknown>) => graph(CREATE_PROMO, { eventId: event.id, input: { code: 'GOOD', discountType: 'PERCENTAGE', amount: 10, ...input } }, admin);
    expect(errorOf(await attempt({ amount: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(errorOf(await attempt({ code: 'no spaces' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorOf(await attempt({ ticketTypeIds: [(await twoTypes()).ticketTypeIds[0]] })).extensions).toMatchObject({ field: 'ticketTypeIds' });
    dataOf(await attempt({}));
    expect(errorOf(await attempt({ code: 'good' })).extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('enforces the usage limit atomically and gives a use back when a hold ends unpaid', async () => {
    const event = await publishedEvent(admin, { capacity: 100 });
    dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: { code: 'FIRST3', discountType: 'FIXED', amount: 500, usageLimit: 3 } }, admin));
    const fans = await Promise.all(Array.from({ length: 12 }, () => createUser('FAN')));
    const results = await Promise.all(
      fans.map((buyer) => graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }], { promoCode: 'FIRST3' }) }, buyer)),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(3);
    for (const lost of results.filter((r) => r.errors)) {
      expect(errorOf(lost).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'promoCode' });
      expect(errorOf(lost).message).toMatch(/used up/);
    }
    expect(dataOf(await graph(USED, { id: event.id }, admin)).event.promoCodes).toEqual([{ code: 'FIRST3', usedCount: 3 }]);

    // One winner abandons: the code can be used once more.
    const winnerIndex = results.findIndex((r) => !r.errors);
    const abandoned = dataOf(won[0]).startCheckout.order.id;
    dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: abandoned, outcome: 'ABANDONED' }, fans[winnerIndex]));
    expect(dataOf(await graph(USED, { id: event.id }, admin)).event.promoCodes[0].usedCount).toBe(2);
    dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }], { promoCode: 'first3' }) }, fan));
    expect(dataOf(await graph(USED, { id: event.id }, admin)).event.promoCodes[0].usedCount).toBe(3);
  });
});
