import { ADMIN_EMAIL, ADMIN_PASSWORD, serverUrl } from '../support/graph';
import { DESKTOP, withBrowser } from './support/browser';

test('/graphql in a browser: signed out it asks to sign in, then opens the bundled explorer that runs queries as that user', () =>
  withBrowser('graphql-explorer', { viewport: DESKTOP }, async (page) => {
    // The explorer's editor is a large bundle: give a busy machine time to load it.
    page.setDefaultTimeout(60_000);
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(serverUrl()) && !request.url().startsWith('ws') && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) external.push(request.url());
    });
    await page.goto(`${serverUrl()}/graphql`);
    await page.waitForURL(/\/sign-in\?next=%2Fgraphql$/);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL(`${serverUrl()}/graphql`);
    // A click before the editor has finished starting does nothing: click until the answer shows.
    const answer = page.locator('.graphiql-response').getByText(ADMIN_EMAIL);
    for (let attempt = 0; ; attempt++) {
      await page.getByRole('button', { name: /Execute query/ }).click();
      try {
        await answer.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 10) throw error;
      }
    }
    expect(await page.locator('.graphiql-response').innerText()).toMatch(/"role":\s*"ADMIN"/);
    // Bundled: nothing is fetched from another site.
    expect(external).toEqual([]);
  }), 120_000);
