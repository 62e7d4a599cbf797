import type { Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, serverUrl } from '../../support/graph';

/** Signs in through the sign-in page (the first admin unless told otherwise) and waits for My account. */
export async function signIn(page: Page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto(`${serverUrl()}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My account' }).waitFor();
}
