import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { adminToken } from '../support/accounts';
import { dataOf, graph, serverUrl } from '../support/graph';
import { createPlan } from '../support/memberships';
import { ADD_TICKET_TYPE, CREATE_EVENT, eventInput, PUBLISH_EVENT, ticketTypeInput } from '../support/ticketing';
import { createUser } from '../support/test-users';
import { DESKTOP, PHONE, withBrowser } from './support/browser';
import { signIn } from './support/sign-in';


const MY_ORDERS = `query { myOrders(first: 5) { edges { node { status totalCents memberDiscountCents currency event { id } } } } }`;
const HOUR = 3600_000;

/** An amount as the page formats money (the browser's own locale). */
const moneyIn = (page: Page, amount: number, currency: string) => page.evaluate(([value, code]) => new Intl.NumberFormat(undefined, { style: 'currency', currency: code as string }).format(value as number), [amount, currency]);

// NOK: no other suite prices a plan in it, so the dashboard's NOK figures are this test's alone.
const CURRENCY = 'NOK';

test('a fan becomes a member in test mode, buys a presale ticket at the member price, and the admin dashboard shows the new MRR', async () => {
  const admin = { token: await adminToken() };
  const suffix = crypto.randomUUID().slice(0, 8);
  const plan = await createPlan(admin, { name: `Terrace club ${suffix}`, perks: 'Member presale\n20% off tickets', currency: CURRENCY, monthlyPriceCents: 7900, yearlyPriceCents: 79000, trialDays: 0 });
  // Members may buy from an hour ago; everyone else only in two days.
  const event = dataOf(
    await graph(CREATE_EVENT, { input: { ...eventInput({ title: `Presale derby ${suffix}` }), memberPresaleStartsAt: new Date(Date.now() - HOUR).toISOString() } }, admin),
  ).createEvent;
  const generalSale = new Date(Date.now() + 48 * HOUR).toISOString();
  dataOf(await graph(ADD_TICKET_TYPE, { eventId: event.id, input: ticketTypeInput({ name: 'Stand', priceCents: 2500, salesStartAt: generalSale, memberDiscountPercent: 20 }) }, admin));
  dataOf(await graph(PUBLISH_EVENT, { id: event.id }, admin));
  const fan = await createUser('FAN', 'Morgan Member');

  await withBrowser('memberships-fan', { viewport: PHONE }, async (page) => {
    await signIn(page, fan.email, 'a-good-long-password');

    // Before joining: the presale is for members; the general sale date and the member price are shown.
    await page.goto(`${serverUrl()}/events/${event.id}`);
    await page.getByRole('heading', { name: event.title, level: 1 }).waitFor();
    const stand = page.locator('.ticket-option').filter({ hasText: 'Stand' });
    await stand.getByText(/^Members’ presale: general sale opens /).waitFor();
    await stand.getByText('Members pay €20.00 (−20%)').waitFor();
    expect(await stand.getByRole('button', { name: 'More Stand tickets' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Become a member' }).click();
    await page.getByRole('heading', { name: 'Membership', level: 1 }).waitFor();
    const card = page.getByRole('listitem', { name: plan.name });
    await card.getByText('Member presale').waitFor();
    await page.getByRole('radio', { name: /Yearly/ }).click();
    await card.getByText(await moneyIn(page, 790, CURRENCY), { exact: true }).waitFor();
    await card.getByText(/ a month, billed yearly · save 17%$/).waitFor();
    await page.getByRole('radio', { name: /Monthly/ }).click();
    await card.getByRole('button', { name: `Join ${plan.name}` }).click();

    await page.getByText('TEST MODE', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/test-checkout\/membership\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: `Subscribe · ${await moneyIn(page, 79, CURRENCY)} (test)` }).click();

    await page.getByText('Welcome aboard!').waitFor();
    const mine = page.getByRole('region', { name: plan.name });
    await mine.getByText('Active', { exact: true }).waitFor();
    await mine.getByText(`Monthly · ${await moneyIn(page, 79, CURRENCY)} / month`).waitFor();
    await mine.getByText('Renews').waitFor();

    // As a member: the presale is open and the member price applies at checkout.
    await page.goto(`${serverUrl()}/events/${event.id}`);
    await stand.getByText('Member price: 20% off').waitFor();
    await stand.getByRole('button', { name: 'More Stand tickets' }).click();
    await page.getByRole('button', { name: 'Checkout · €20.00' }).click();
    await page.getByText('TEST MODE', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Pay €20.00 (test)' }).click();
    await page.getByText('Payment received: you are in!').waitFor();

    // The account page shows the membership too.
    await page.goto(`${serverUrl()}/account`);
    await page.getByRole('region', { name: plan.name }).getByText('Active', { exact: true }).waitFor();
  });

  const orders = dataOf(await graph(MY_ORDERS, {}, { token: fan.token })).myOrders.edges.map((edge: { node: unknown }) => edge.node);
  expect(orders).toEqual([{ status: 'PAID', totalCents: 2000, memberDiscountCents: 500, currency: 'EUR', event: { id: event.id } }]);

  await withBrowser('memberships-dashboard', { viewport: DESKTOP }, async (page) => {
    await signIn(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    // The dashboard is the Admin section's landing page.
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByLabel('MRR', { exact: true }).waitFor();
    const currency = page.getByLabel('Currency');
    if (await currency.count()) await currency.selectOption(CURRENCY);
    await page.getByLabel('MRR', { exact: true }).getByText(await moneyIn(page, 79, CURRENCY), { exact: true }).waitFor();
    await page.getByLabel('ARR', { exact: true }).getByText(await moneyIn(page, 948, CURRENCY), { exact: true }).waitFor();
    await page.getByRole('region', { name: 'MRR over time' }).waitFor();
    await page.getByRole('region', { name: 'Leads collected per day' }).getByRole('button', { name: /^Export .* as CSV$/ }).waitFor();
    expect(await page.getByText(/^MRR: Monthly recurring revenue/).isVisible()).toBe(true);

    // Each figure downloads as CSV.
    await page.getByRole('region', { name: 'MRR over time' }).getByRole('button', { name: 'Export MRR as CSV' }).click();
    const link = page.getByRole('region', { name: 'MRR over time' }).getByRole('link', { name: 'Download MRR CSV' });
    await link.waitFor({ timeout: 30_000 });
    const download = await Promise.all([page.waitForEvent('download'), link.click()]).then(([file]) => file);
    const rows = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(rows[0]).toBe('month,start,end,currency,mrr_cents_at_end');
    // This month ends with the new member's monthly price.
    expect(rows.at(-1)).toMatch(/,NOK,7900$/);
  });
}, 180_000);
