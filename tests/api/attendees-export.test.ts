import { parse } from 'csv-parse/sync';
import { dataOf, errorOf, graph } from '../support/graph';
import { eventually } from '../support/eventually';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser } from '../support/test-users';

const START_EXPORT = `mutation($eventId: ID!) { startAttendeesExport(eventId: $eventId) { id kind state } }`;
const JOB = `query($id: ID!) { job(id: $id) { id state progress processed total message resultUrl error } }`;

describe('attendee CSV export', () => {
  it('exports every ticket of an event as a job, with spreadsheet formulas defused', async () => {
    const admin = await createUser('ADMIN');
    const volunteer = await createUser('VOLUNTEER');
    const sneaky = await createUser('FAN', '=HYPERLINK("http://evil.test")');
    const plain = await createUser('FAN', 'Pat Plain');
    const event = await publishedEvent(admin);
    const buy = async (fan: typeof sneaky, quantity: number) => {
      const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity }]) }, fan)).startCheckout.order;
      return dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, fan)).completeTestCheckout;
    };
    const sneakyOrder = await buy(sneaky, 2);
    const plainOrder = await buy(plain, 1);
    const checkIn = `mutation($eventId: ID!, $code: String!) { checkInTicket(eventId: $eventId, code: $code) { status } }`;
    dataOf(await graph(checkIn, { eventId: event.id, code: plainOrder.tickets[0].code }, volunteer));

    expect(errorOf(await graph(START_EXPORT, { eventId: event.id }, plain)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await graph(START_EXPORT, { eventId: '00000000-0000-4000-8000-000000000000' }, admin)).extensions?.code).toBe('NOT_FOUND');

    const started = dataOf(await graph(START_EXPORT, { eventId: event.id }, admin)).startAttendeesExport;
    expect(started).toMatchObject({ kind: 'events.attendees_export', state: 'QUEUED' });
    const done = await eventually(async () => {
      const job = dataOf(await graph(JOB, { id: started.id }, admin)).job;
      return ['COMPLETED', 'FAILED'].includes(job.state) && job;
    }, 'the export to finish');
    expect(done).toMatchObject({ state: 'COMPLETED', progress: 100, processed: 3, total: 3, message: `Exported 3 tickets of ${event.title}.` });

    const rows = parse(await (await fetch(done.resultUrl)).text()) as string[][];
    expect(rows[0]).toEqual(['ticket_code', 'status', 'holder_name', 'buyer_email', 'ticket_type', 'price_cents', 'currency', 'order_id', 'issued_at', 'checked_in_at']);
    const byCode = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byCode.size).toBe(3);
    for (const ticket of sneakyOrder.tickets) {
      expect(byCode.get(ticket.code)).toEqual([
        ticket.code,
        'VALID',
        `'=HYPERLINK("http://evil.test")`,
        sneaky.email,
        'General',
        '2500',
        'EUR',
        sneakyOrder.id,
        expect.stringMatching(/Z$/),
        '',
      ]);
    }
    expect(byCode.get(plainOrder.tickets[0].code)).toMatchObject({ 1: 'CHECKED_IN', 2: 'Pat Plain', 3: plain.email, 9: expect.stringMatching(/Z$/) });
  });
});
