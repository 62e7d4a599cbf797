import crypto from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { adminToken } from '../support/accounts';
import { dataOf, graph, serverUrl, uniqueEmail } from '../support/graph';
import { DESKTOP, PHONE, withBrowser } from './support/browser';
import { signIn } from './support/sign-in';

/** A valid US mobile-format number nobody else in the suite uses (dedupe merges leads by phone). */
const uniquePhoneDigits = () => `415${crypto.randomInt(200, 999)}${String(crypto.randomInt(0, 10_000)).padStart(4, '0')}`;


test('a fan signs up on a phone, fixes a bad phone number beside its field, and the lead appears for the admin', async () => {
  const tag = crypto.randomUUID().slice(0, 6);
  const interestLabel = `Away days ${tag}`;
  dataOf(await graph(`mutation ($input: LeadInterestInput!) { createLeadInterest(input: $input) { id } }`, { input: { label: interestLabel, key: `away-${tag}` } }, { token: await adminToken() }));
  const email = uniqueEmail('signup-fan');
  const digits = uniquePhoneDigits();

  await withBrowser('leads-signup', { viewport: PHONE }, async (page) => {
    await page.goto(`${serverUrl()}/`);
    // On a phone the navigation is behind the menu button; Sign up is there for anyone.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Sign up for Matchday news' }).waitFor();

    await page.getByLabel('Name').fill('Pat Terrace');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mobile number').fill('555 12');
    await page.getByLabel('ZIP or postcode').fill('94110');
    await page.getByLabel(interestLabel).check();
    // The box shows the exact wording the server stores with the lead.
    const { signupForm } = dataOf(await graph<{ signupForm: { consentText: string } }>(`{ signupForm { consentText } }`));
    await page.getByLabel(signupForm.consentText).check();
    // The honeypot is in the form for bots, but neither shown to people nor announced to screen readers.
    expect(await page.locator('input[name="website"]').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Website' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign me up' }).click();
    const phone = page.getByLabel('Mobile number');
    await page.getByText(/phone must be a valid phone number/).waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    // The message sits beside the field it is about (announced with it), and the field has the focus.
    const described = (await phone.getAttribute('aria-describedby')) ?? '';
    const beside = await page.locator(`[id="${described.split(' ').find((id) => id.endsWith('-error'))}"]`).textContent();
    expect(beside).toMatch(/phone must be a valid phone number/);
    expect(await phone.evaluate((input) => input === document.activeElement)).toBe(true);
    // What was typed elsewhere is kept.
    expect(await page.getByLabel('Email').inputValue()).toBe(email);

    await phone.fill(`(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`);
    await page.getByRole('button', { name: 'Sign me up' }).click();
    await page.getByRole('heading', { name: 'You’re on the list, Pat!' }).waitFor();
    expect(await page.getByText('We’ll text you a confirmation in a moment.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sign up someone else' }).isVisible()).toBe(true);

    // The admin finds the lead, normalised, with its consent, interest and confirmation text.
    await signIn(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor();
    await page.getByLabel('Search').fill(email);
    await page.getByText('Showing 1 of 1 lead').waitFor();
    await page.getByRole('link', { name: 'Pat Terrace' }).click();
    await page.getByRole('heading', { name: 'Pat Terrace', level: 1 }).waitFor();
    expect(await page.getByText(`+1${digits}`, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(email, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Opted in', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(interestLabel, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(signupForm.consentText, { exact: true }).isVisible()).toBe(true);
    const thread = page.getByRole('list', { name: 'Texts, oldest first' });
    await thread.getByText('Signup confirmation').waitFor();
    expect(await thread.getByText(/thanks for signing up, Pat Terrace/).isVisible()).toBe(true);
  });
}, 120_000);

test('an admin imports a CSV with a bad row: uploads it, maps a column, watches the progress bar reach 100% and downloads the error report', () =>
  withBrowser('leads-import', { viewport: DESKTOP }, async (page) => {
    const tag = crypto.randomUUID().slice(0, 6);
    const [first, second, bad] = [uniqueEmail(`import-a-${tag}`), uniqueEmail(`import-b-${tag}`), uniqueEmail(`import-bad-${tag}`)];
    // Neither "Fan" nor "Contact no" is a header Matchday recognises: the phone column is known by
    // its numbers, and the admin maps the name column by hand.
    const csv = [
      'Fan,Email,Contact no,Zip',
      `Ines Import,${first},+1${uniquePhoneDigits()},94103`, // row 2
      `Bad Phone,${bad},12,10001`, // row 3: not a phone number
      `Jon Import,${second},,SW1A 1AA`, // row 4
    ].join('\n');

    await signIn(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import leads' }).waitFor();

    await page.getByLabel('CSV file of leads').setInputFiles({ name: `fans-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
    await page.getByRole('heading', { name: 'Which column holds what?' }).waitFor();
    // The preview shows the first rows as they will be read.
    const preview = page.getByRole('group', { name: 'The first rows of the file' });
    expect(await preview.getByRole('cell', { name: first }).isVisible()).toBe(true);
    expect(await preview.getByRole('cell', { name: 'Bad Phone' }).isVisible()).toBe(true);
    // Email was recognised from its header and the phone from its cells; the name was not.
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Phone', { exact: true }).inputValue()).toBe('2');
    expect(await preview.getByRole('columnheader', { name: /Contact no/ }).textContent()).toContain('Phone');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Name', { exact: true }).selectOption('0');
    expect(await preview.getByRole('columnheader', { name: /Fan/ }).textContent()).toContain('Name');

    await page.getByRole('button', { name: 'Start the import' }).click();
    const progress = page.getByRole('progressbar', { name: 'Progress of Leads import' });
    await progress.waitFor();
    await page.locator('[role="progressbar"][aria-label="Progress of Leads import"][aria-valuenow="100"]').waitFor({ timeout: 60_000 });
    await page.getByText('Completed', { exact: true }).waitFor();
    expect(await page.getByText(/3 rows: 2 new leads, 0 merged into existing ones, 1 rejected/).isVisible()).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the error report' }).click();
    const report = parse(fs.readFileSync(await (await download).path(), 'utf8')) as string[][];
    expect(report[0]).toEqual(['row', 'column', 'reason']);
    expect(report.slice(1).map(([row, column]) => [row, column])).toEqual([['3', 'phone']]);

    // The good rows are leads now.
    await page.getByRole('link', { name: 'See the leads' }).click();
    await page.getByLabel('Search').fill(`import-a-${tag}`);
    await page.getByRole('link', { name: 'Ines Import' }).waitFor();
    await page.getByLabel('Search').fill(`import-bad-${tag}`);
    await page.getByText('No leads match these filters').waitFor();
  }), 120_000);
