import { serverUrl, uniqueEmail } from '../support/graph';
import { PHONE, withBrowser } from './support/browser';

test('a fan registers on a phone, sees the account page and signs out', () =>
  withBrowser('fan-account', { viewport: PHONE }, async (page) => {
    const email = uniqueEmail('phone-fan');
    await page.goto(`${serverUrl()}/`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();

    await page.getByLabel('Name').fill('Pat Phone');
    await page.getByLabel('Email').fill(email);
    // A password the policy refuses: the server's message appears beside the password field.
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/at least 10 characters long/i).waitFor();
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Password').fill('terraces-and-floodlights');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText(email, { exact: true }).waitFor();
    expect(await profile.getByText('Pat Phone', { exact: true }).isVisible()).toBe(true);
    expect(await profile.getByText('Fan', { exact: true }).isVisible()).toBe(true);

    // On a phone the navigation folds into a menu, which holds the account's items.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();

    // The session is gone for good: a fresh load of a private page asks to sign in.
    await page.goto(`${serverUrl()}/account`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  }), 120_000);
