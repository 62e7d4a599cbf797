import { dataOf, errorOf, graph } from '../support/graph';
import { createPlan, joinInTestMode } from '../support/memberships';
import { ADD_TICKET_TYPE, checkoutInput, COMPLETE_TEST_CHECKOUT, CREATE_EVENT, eventInput, PUBLISH_EVENT, START_CHECKOUT, ticketTypeInput } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const HOUR = 3600_000;
const TYPES = `query($id: ID!) { event(id: $id) { memberPresaleStartsAt ticketTypes { id name priceCents memberDiscountPercent memberPriceCents viewerPriceCents salesStartAt memberSalesStartAt saleStatus } } }`;
const QUOTE = `query($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { subtotalCents discountCents memberDiscountCents totalCents lines { unitPriceCents unitDiscountCents unitMemberDiscountCents totalCents } } }`;
const CREATE_PROMO = `mutation($eventId: ID!, $input: PromoCodeInput!) { createPromoCode(eventId: $eventId, input: $input) { id } }`;
const ORDER_FIELDS = `mutation($input: CheckoutInput!) { startCheckout(input: $input) { order { id status subtotalCents discountCents memberDiscountCents totalCents } } }`;

describe('member perks at checkout: presale and member price', () => {
  let admin: TestUser;
  let member: TestUser;
  let fan: TestUser;

  /** A published event whose member presale opened an hour ago (or opens at `presaleInHours`). */
  async function presaleEvent(presaleInHours = -1) {
    const input = { ...eventInput(), memberPresaleStartsAt: new Date(Date.now() + presaleInHours * HOUR).toISOString() };
    const event = dataOf(await graph(CREATE_EVENT, { input }, admin)).createEvent;
    const generalSale = new Date(Date.now() + 48 * HOUR).toISOString();
    const add = async (type: Record<string, unknown>) => dataOf(await graph(ADD_TICKET_TYPE, { eventId: event.id, input: ticketTypeInput(type) }, admin)).addTicketType.id as string;
    const presale = await add({ name: 'Stand', priceCents: 4000, memberDiscountPercent: 25, salesStartAt: generalSale });
    const open = await add({ name: 'Open now', priceCents: 2500 });
    dataOf(await graph(PUBLISH_EVENT, { id: event.id }, admin));
    return { id: event.id, presale, open, generalSale, presaleStartsAt: input.memberPresaleStartsAt };
  }

  beforeAll(async () => {
    admin = await createUser('ADMIN');
    member = await createUser('FAN', 'Mia Member');
    fan = await createUser('FAN', 'Nico Nonmember');
    const plan = await createPlan(admin);
    expect((await joinInTestMode(member, plan.id)).isMember).toBe(true);
  });

  it('shows each caller what the presale and the member price mean for them', async () => {
    const event = await presaleEvent();
    const asFan = dataOf(await graph(TYPES, { id: event.id }, fan)).event;
    expect(asFan.memberPresaleStartsAt).toBe(event.presaleStartsAt);
    expect(asFan.ticketTypes.find((t: any) => t.id === event.presale)).toMatchObject({
      priceCents: 4000,
      memberDiscountPercent: 25,
      memberPriceCents: 3000,
      viewerPriceCents: 4000,
      salesStartAt: event.generalSale,
      memberSalesStartAt: event.presaleStartsAt,
      saleStatus: 'MEMBER_PRESALE',
    });
    expect(asFan.ticketTypes.find((t: any) => t.id === event.open)).toMatchObject({ memberPriceCents: 2500, memberSalesStartAt: null, saleStatus: 'ON_SALE' });
    const asMember = dataOf(await graph(TYPES, { id: event.id }, member)).event;
    expect(asMember.ticketTypes.find((t: any) => t.id === event.presale).viewerPriceCents).toBe(3000);
    // Anonymous visitors see the list price.
    expect(dataOf(await graph(TYPES, { id: event.id })).event.ticketTypes.find((t: any) => t.id === event.presale).viewerPriceCents).toBe(4000);
  });

  it('refuses a non-member who calls startCheckout during the presale, saying when general sale opens', async () => {
    const event = await presaleEvent();
    const refused = errorOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.presale, quantity: 1 }]) }, fan));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'items.0.ticketTypeId', generalSaleStartsAt: event.generalSale });
    expect(refused.message).toBe(`Member presale: "Stand" tickets are for members only until general sale opens at ${event.generalSale}.`);
    // The quote says the same, and tickets already on general sale are sold at the list price.
    expect(errorOf(await graph(QUOTE, { input: { eventId: event.id, items: [{ ticketTypeId: event.presale, quantity: 1 }] } }, fan)).extensions?.code).toBe('FORBIDDEN');
    const open = dataOf(await graph(ORDER_FIELDS, { input: checkoutInput(event.id, [{ ticketTypeId: event.open, quantity: 2 }]) }, fan)).startCheckout.order;
    expect(open).toMatchObject({ status: 'PENDING', subtotalCents: 5000, discountCents: 0, memberDiscountCents: 0, totalCents: 5000 });
  });

  it('sells presale tickets to a member at the member price, and a promo code comes off the member price', async () => {
    const event = await presaleEvent();
    const items = [{ ticketTypeId: event.presale, quantity: 2 }];
    const quote = dataOf(await graph(QUOTE, { input: { eventId: event.id, items } }, member)).checkoutQuote;
    expect(quote).toMatchObject({ subtotalCents: 8000, discountCents: 2000, memberDiscountCents: 2000, totalCents: 6000 });
    expect(quote.lines).toEqual([{ unitPriceCents: 4000, unitDiscountCents: 1000, unitMemberDiscountCents: 1000, totalCents: 6000 }]);

    const started = dataOf(await graph(ORDER_FIELDS, { input: checkoutInput(event.id, items) }, member)).startCheckout.order;
    expect(started).toMatchObject({ status: 'PENDING', subtotalCents: 8000, discountCents: 2000, memberDiscountCents: 2000, totalCents: 6000 });
    const paid = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: started.id, outcome: 'COMPLETED' }, member)).completeTestCheckout;
    expect(paid.status).toBe('PAID');
    expect(paid.tickets).toHaveLength(2);

    const promo = { code: 'MEMBERS10', discountType: 'PERCENTAGE', amount: 10, active: true };
    dataOf(await graph(CREATE_PROMO, { eventId: event.id, input: promo }, admin));
    // 4000 − 25 % = 3000 member price; 10 % of that is 300: 2700 a ticket.
    const both = dataOf(await graph(QUOTE, { input: { eventId: event.id, items: [{ ticketTypeId: event.presale, quantity: 1 }], promoCode: 'members10' } }, member)).checkoutQuote;
    expect(both).toMatchObject({ subtotalCents: 4000, discountCents: 1300, memberDiscountCents: 1000, totalCents: 2700 });
  });

  it('keeps members out too before the presale opens, telling them when it does', async () => {
    const event = await presaleEvent(24);
    const early = errorOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.presale, quantity: 1 }]) }, member));
    expect(early.extensions?.code).toBe('CONFLICT');
    expect(early.message).toBe(`"Stand" tickets go on sale at ${event.generalSale} (members from ${event.presaleStartsAt}).`);
    const types = dataOf(await graph(TYPES, { id: event.id }, member)).event.ticketTypes;
    expect(types.find((t: any) => t.id === event.presale).saleStatus).toBe('NOT_STARTED');
  });

  it('checks the perk settings an admin gives', async () => {
    const late = errorOf(await graph(CREATE_EVENT, { input: { ...eventInput(), memberPresaleStartsAt: new Date(Date.now() + 400 * 24 * HOUR).toISOString() } }, admin));
    expect(late.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberPresaleStartsAt' });
    const event = dataOf(await graph(CREATE_EVENT, { input: eventInput() }, admin)).createEvent;
    const tooMuch = errorOf(await graph(ADD_TICKET_TYPE, { eventId: event.id, input: ticketTypeInput({ memberDiscountPercent: 101 }) }, admin));
    expect(tooMuch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberDiscountPercent' });
  });
});
