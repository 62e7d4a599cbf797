import crypto from 'node:crypto';
import { dataOf, graph, uniqueEmail } from '../support/graph';
import { eventually } from '../support/eventually';
import { startWebhookReceiver } from '../fakes/webhook-receiver';
import { DESKTOP, withBrowser } from './support/browser';
import { signIn } from './support/sign-in';

test('an admin adds a webhook endpoint, copies its secret, watches a delivery succeed and redelivers it', async () => {
  const receiver = await startWebhookReceiver();
  const path = `/e2e-${crypto.randomUUID().slice(0, 8)}`;
  try {
    await withBrowser('admin-webhooks', { viewport: DESKTOP }, async (page) => {
      await signIn(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Webhooks' }).click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();

      // A form without an event type is refused with the reason.
      await page.getByLabel('URL').fill(`${receiver.url}${path}`);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByText('Choose at least one event type.').waitFor();

      await page.getByLabel('lead.created').check();
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = await page.getByLabel('Signing secret').inputValue();
      expect(secret).toMatch(/^whsec_/);
      await page.getByRole('button', { name: 'I have copied it' }).click();
      expect(await page.getByLabel('Signing secret').count()).toBe(0);

      const email = uniqueEmail('e2e-hook');
      dataOf(await graph(`mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`, { input: { name: 'Hook Fan', email, consentSms: false } }));
      const first = await eventually(async () => receiver.at(path).find((h) => h.event.data.lead?.email === email), 'the lead.created delivery');
      const signed = `v1=${crypto.createHmac('sha256', secret).update(`${first.headers['matchday-webhook-timestamp']}.${first.body}`).digest('hex')}`;
      expect(first.headers['matchday-webhook-signature']).toBe(signed);

      await page.getByRole('link', { name: `${receiver.url}${path}` }).click();
      await page.getByRole('heading', { name: `${receiver.url}${path}`, level: 1 }).waitFor();
      const row = page.getByRole('row').filter({ hasText: first.event.id });
      await eventually(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return (await row.getByText('Succeeded', { exact: true }).count()) > 0;
      }, 'the delivery to show as succeeded');
      expect(await row.getByText('200', { exact: true }).isVisible()).toBe(true);

      await row.getByRole('button', { name: /Redeliver/ }).click();
      // The redelivery is a new row of the log, for the same event.
      await page.getByText('Redelivery queued', { exact: true }).waitFor();
      await page.getByRole('row').filter({ hasText: first.event.id }).nth(1).waitFor();
      await eventually(async () => receiver.at(path).filter((h) => h.event.id === first.event.id).length === 2, 'the redelivery');

      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('button', { name: 'Delete endpoint' }).click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    });
  } finally {
    await receiver.stop();
  }
}, 120_000);
