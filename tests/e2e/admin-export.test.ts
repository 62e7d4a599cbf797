import fs from 'node:fs';
import { ADMIN_EMAIL } from '../support/graph';
import { DESKTOP, withBrowser } from './support/browser';
import { signIn } from './support/sign-in';

test('an admin signs in, exports the users, watches the progress bar reach 100% and downloads the CSV', () =>
  withBrowser('admin-export', { viewport: DESKTOP }, async (page) => {
    await signIn(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor();
    // Updates arrive over the jobUpdated subscription: the page says when it is connected.
    await page.getByText('Live', { exact: true }).waitFor();

    // Other suites may start exports on the shared server too: follow the one this click starts.
    const started = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('StartUsersExport'));
    await page.getByRole('button', { name: 'Export users' }).click();
    const answer = (await (await started).json()) as { data: { startUsersExport: { id: string } } };
    const job = page.locator(`[data-job-id="${answer.data.startUsersExport.id}"]`);

    const progress = job.getByRole('progressbar', { name: 'Progress of Users export' });
    await progress.waitFor();
    await job.locator('[role="progressbar"][aria-valuenow="100"]').waitFor({ timeout: 60_000 });
    await job.getByText('Completed', { exact: true }).waitFor();
    expect(await job.getByText('100%', { exact: true }).isVisible()).toBe(true);

    const download = page.waitForEvent('download');
    await job.getByRole('link', { name: 'Download' }).click();
    const file = await (await download).path();
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv).toContain(ADMIN_EMAIL);
  }), 120_000);
