import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { serverUrl } from '../support/graph';
import { publishedEvent } from '../support/ticketing';
import { createFans, createUser } from '../support/test-users';
import { join, onSaleStats, setOnSale } from '../support/waiting-room';
import { DESKTOP, PHONE, withBrowser } from './support/browser';
import { signIn } from './support/sign-in';


test('an admin sets up a waiting room on the event page, then changes its rate', async () => {
  const event = await publishedEvent({ token: await adminToken() }, { title: `Cup final ${crypto.randomUUID().slice(0, 8)}` });
  await withBrowser('waiting-room-admin', { viewport: DESKTOP }, async (page) => {
    await signIn(page);
    await page.goto(`${serverUrl()}/admin/events/${event.id}`);
    const room = page.getByRole('region', { name: 'Waiting room' });
    await room.getByRole('button', { name: 'Set up a waiting room' }).click();
    await room.getByLabel('Opens').fill('2031-06-14T10:00');
    await room.getByLabel('Fans per minute').fill('0');
    await room.getByRole('button', { name: 'Save waiting room' }).click();
    await room.getByText('admissionsPerMinute must be at least 1').waitFor();
    await room.getByLabel('Fans per minute').fill('120');
    await room.getByRole('button', { name: 'Save waiting room' }).click();
    await room.getByText(/120 fans a minute · passes last 5 min/).waitFor();
    await room.getByText('In the queue', { exact: true }).waitFor();

    await room.getByRole('button', { name: 'Change rate' }).click();
    await room.getByLabel('Fans per minute').fill('600');
    await room.getByRole('button', { name: 'Save waiting room' }).click();
    await room.getByText(/600 fans a minute/).waitFor();
  });
  expect((await onSaleStats({ token: await adminToken() }, event.id)).onSale).toEqual({ admissionsPerMinute: 600 });
}, 120_000);

test('a fan waits for the on-sale, queues, is admitted and buys', async () => {
  const admin = { token: await adminToken() };
  const event = await publishedEvent(admin, { title: `Derby day ${crypto.randomUUID().slice(0, 8)}` });
  const fan = await createUser('FAN', 'Quinn Queue');
  const [rival] = await createFans(1);
  // One fan a minute: at the start one of the two gets in, the other waits.
  await setOnSale(admin, event.id, { startsInMs: 3600_000, admissionsPerMinute: 1 });
  await join(rival, event.id);

  await withBrowser('waiting-room-fan', { viewport: PHONE }, async (page) => {
    await signIn(page, fan.email, 'a-good-long-password');
    await page.goto(`${serverUrl()}/events/${event.id}`);
    await page.getByText('You are in the waiting room').waitFor();
    await page.getByRole('timer').waitFor();
    await page.getByText(/everyone waiting here gets a random place in line/).waitFor();

    // A refresh keeps the one place.
    await page.reload();
    await page.getByText('You are in the waiting room').waitFor();
    expect((await onSaleStats(admin, event.id)).queued).toBe(2);

    // The organiser brings the start forward to now.
    const startsAt = new Date(Date.now() + 1000).toISOString();
    await setOnSale(admin, event.id, { startsAt, admissionsPerMinute: 1 });
    await page.getByText(/You are in line|It’s your turn/).first().waitFor({ timeout: 30_000 });
    // The organiser opens the doors wider: whoever still waits is let in.
    await setOnSale(admin, event.id, { startsAt, admissionsPerMinute: 600 });
    await page.getByText('It’s your turn').waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'More General tickets' }).click();
    await page.getByRole('button', { name: 'Checkout · €25.00' }).click();
    await page.getByText('TEST MODE', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Pay €25.00 (test)' }).click();
    await page.getByText('Payment received: you are in!').waitFor();
  });
  expect(await onSaleStats(admin, event.id)).toMatchObject({ admitted: 2, sold: 1 });
}, 120_000);
