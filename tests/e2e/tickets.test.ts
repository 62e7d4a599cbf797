import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { dataOf, graph, serverUrl, uniqueEmail } from '../support/graph';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser } from '../support/test-users';
import { DESKTOP, PHONE, withBrowser } from './support/browser';
import { signIn } from './support/sign-in';
import { cameraFilming } from './support/fake-camera';


const ADMIN_EVENT = `query($search: String) {
  adminEvents(search: $search, first: 5) {
    edges { node { id title status visibility venue capacity startsAt endsAt timeZone ticketTypes { name priceCents currency quantity maxPerOrder } } }
  }
}`;

test('an admin creates an event in the venue’s time zone, adds a ticket type priced in euros and publishes it', () =>
  withBrowser('tickets-admin-event', { viewport: DESKTOP }, async (page) => {
    const title = `Cup tie ${crypto.randomUUID().slice(0, 8)}`;
    await signIn(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'New event' }).click();

    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Description').fill('Under the lights.\nBring a scarf.');
    await page.getByLabel('Venue').fill('Parc des Sports');
    await page.getByLabel('Time zone').fill('Europe/Paris');
    // Wall-clock times at the venue: 19:30 in Paris in June is 17:30 UTC (summer time).
    await page.getByLabel('Starts').fill('2031-06-14T19:30');
    await page.getByLabel('Ends').fill('2031-06-14T17:00');
    await page.getByLabel('Capacity').fill('50');
    await page.getByRole('button', { name: 'Create event' }).click();
    // An end before the start: the server's message stands beside the field.
    await page.getByText('endsAt must be after startsAt.').waitFor();
    await page.getByLabel('Ends').fill('2031-06-14T22:00');
    await page.getByRole('button', { name: 'Create event' }).click();

    await page.getByText('Event created as a draft').waitFor();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add ticket type' }).click();
    const form = page.getByRole('form', { name: 'New ticket type' });
    await form.getByLabel('Name').fill('Stand');
    await form.getByLabel('Price').fill('12.50');
    await form.getByLabel('Currency').fill('EUR');
    await form.getByLabel('Quantity').fill('40');
    await form.getByLabel('Max per order').fill('4');
    await form.getByRole('button', { name: 'Add ticket type' }).click();
    const row = page.getByRole('row', { name: /Stand/ });
    await row.getByText('€12.50').waitFor();

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The event is on sale and listed on the events page.').waitFor();

    const { adminEvents } = dataOf(await graph(ADMIN_EVENT, { search: title }, { token: await adminToken() }));
    expect(adminEvents.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      expect.objectContaining({
        title,
        status: 'PUBLISHED',
        visibility: 'PUBLIC',
        venue: 'Parc des Sports',
        capacity: 50,
        timeZone: 'Europe/Paris',
        startsAt: '2031-06-14T17:30:00.000Z',
        endsAt: '2031-06-14T20:00:00.000Z',
        ticketTypes: [{ name: 'Stand', priceCents: 1250, currency: 'EUR', quantity: 40, maxPerOrder: 4 }],
      }),
    ]);
  }), 120_000);

test('a fan registers, buys a ticket in test mode and sees its QR code; a volunteer checks it in at the door and the count moves', async () => {
  const admin = { token: await adminToken() };
  const event = await publishedEvent(admin, { title: `Derby night ${crypto.randomUUID().slice(0, 8)}`, capacity: 30 });
  const volunteer = await createUser('VOLUNTEER', 'Vera Volunteer');
  let code = '';

  await withBrowser('tickets-fan-buys', { viewport: PHONE }, async (page) => {
    await page.goto(`${serverUrl()}/events`);
    await page.getByLabel('Search').fill(event.title);
    await page.getByRole('link', { name: new RegExp(event.title) }).click();
    await page.getByRole('heading', { name: event.title, level: 1 }).waitFor();

    // Registering from the event page comes back to it.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Frankie Fan');
    await page.getByLabel('Email').fill(uniqueEmail('buyer'));
    await page.getByLabel('Password').fill('terraces-and-floodlights');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: event.title, level: 1 }).waitFor();

    await page.getByRole('button', { name: 'More General tickets' }).click();
    await page.getByRole('button', { name: 'Checkout · €25.00' }).click();

    await page.getByText('TEST MODE', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/test-checkout\//);
    await page.getByRole('button', { name: 'Pay €25.00 (test)' }).click();
    await page.getByText('Payment received: you are in!').waitFor();

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tickets' }).click();
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    const ticket = page.locator('.ticket').filter({ hasText: event.title });
    code = (await ticket.getAttribute('data-ticket-code')) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{16}$/);
    const qr = ticket.getByRole('img', { name: /^QR code of ticket/ });
    await qr.waitFor();
    // The QR code is the server's own image, carried in the page: no request to any other site.
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await ticket.getByText('Frankie Fan').isVisible()).toBe(true);
    expect(await ticket.getByText('Valid', { exact: true }).isVisible()).toBe(true);
  });

  await withBrowser('tickets-door', { viewport: PHONE }, async (page) => {
    await signIn(page, volunteer.email, 'a-good-long-password');
    await page.goto(`${serverUrl()}/door`);
    await page.getByLabel('Find the event').fill(event.title);
    await page.getByRole('button', { name: new RegExp(event.title) }).click();
    await page.getByText('Live', { exact: true }).waitFor();
    const checkedIn = page.getByTestId('checked-in');
    await page.getByText('of 1 checked in').waitFor();
    expect(await checkedIn.textContent()).toBe('0');

    // Typed as people read it out: lower case, in groups.
    await page.getByLabel('Ticket code').fill(code.toLowerCase().replace(/(.{4})(?=.)/g, '$1 '));
    await page.getByRole('button', { name: 'Check in' }).click();
    const ok = page.locator('[data-status="OK"]');
    await ok.getByText('Let them in', { exact: true }).waitFor();
    expect(await ok.getByText('Valid ticket for Frankie Fan: let them in.').isVisible()).toBe(true);
    // The count arrives over the checkInUpdated subscription.
    await page.locator('[data-testid="checked-in"]', { hasText: /^1$/ }).waitFor();

    await page.getByLabel('Ticket code').fill(code);
    await page.getByRole('button', { name: 'Check in' }).click();
    const again = page.locator('[data-status="ALREADY_CHECKED_IN"]');
    await again.getByText('Already checked in', { exact: true }).waitFor();
    expect(await again.getByText(/by Vera Volunteer/).isVisible()).toBe(true);
    expect(await checkedIn.textContent()).toBe('1');
  });
}, 180_000);

test('a private event opens only with its link', async () => {
  const event = await publishedEvent({ token: await adminToken() }, { title: `Members' evening ${crypto.randomUUID().slice(0, 8)}`, visibility: 'PRIVATE' });
  await withBrowser('tickets-private-event', { viewport: DESKTOP }, async (page) => {
    await page.goto(`${serverUrl()}/events/${event.id}`);
    await page.getByRole('heading', { name: 'Event not found' }).waitFor();
    await page.goto(`${serverUrl()}/events/${event.id}?key=${encodeURIComponent(event.accessKey)}`);
    await page.getByRole('heading', { name: event.title, level: 1 }).waitFor();
    expect(await page.getByText('Private event').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'More General tickets' }).isVisible()).toBe(true);
  });
}, 120_000);

test('a volunteer scans a ticket’s QR code with the phone camera', async () => {
  const admin = { token: await adminToken() };
  const event = await publishedEvent(admin, { title: `Floodlit friendly ${crypto.randomUUID().slice(0, 8)}` });
  const fan = await createUser('FAN', 'Casey Camera');
  const { startCheckout } = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, { token: fan.token }));
  const { completeTestCheckout } = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: startCheckout.order.id, outcome: 'COMPLETED' }, { token: fan.token }));
  const volunteer = await createUser('VOLUNTEER', 'Sam Scanner');
  const camera = cameraFilming(completeTestCheckout.tickets[0].code);

  try {
    await withBrowser('tickets-door-camera', { viewport: PHONE, args: camera.args }, async (page) => {
      await signIn(page, volunteer.email, 'a-good-long-password');
      await page.goto(`${serverUrl()}/door?event=${event.id}`);
      await page.getByText('Live', { exact: true }).waitFor();
      await page.getByText('of 1 checked in').waitFor();
      await page.getByRole('button', { name: 'Scan with camera' }).click();
      // The answer covers the camera picture, where the volunteer is looking.
      const ok = page.locator('.scanner [data-status="OK"]');
      await ok.getByText('Valid ticket for Casey Camera: let them in.').waitFor();
      await page.locator('[data-testid="checked-in"]', { hasText: /^1$/ }).waitFor();
      // The ticket stays in front of the camera: it is not checked again, so no "already checked in".
      await ok.waitFor({ state: 'detached', timeout: 10_000 });
      // The camera reads it several times a second meanwhile: give it a couple of seconds to (wrongly) try again.
      await page.waitForTimeout(2000);
      expect(await page.locator('[data-status="ALREADY_CHECKED_IN"]').count()).toBe(0);
      expect(await page.getByRole('list', { name: 'Earlier scans' }).getByRole('listitem').count()).toBe(1);
    });
  } finally {
    camera.dispose();
  }
}, 120_000);
