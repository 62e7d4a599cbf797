import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from '../../support/processes';

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
/** A common phone (iPhone 12-15 class). */
export const PHONE: Viewport = { width: 390, height: 844 };

/** Where failure screenshots go (git-ignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

// Debian's chromium, quiet: no first-run UI, no updates or background traffic, no GPU in CI.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export interface BrowserOptions {
  viewport?: Viewport;
  /** More chromium flags, e.g. a fake camera. */
  args?: string[];
}

/**
 * Opens a headless chromium with a fresh profile, runs `steps` on its page and closes it. When a
 * step fails, the page is saved to test-results/<name>.png and the browser's console errors are
 * added to the failure message.
 */
export async function withBrowser(name: string, options: BrowserOptions, steps: (page: Page) => Promise<void>): Promise<void> {
  // The test server serves the built app; `npm test` builds it, a bare `npx jest` does not.
  if (!fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) throw new Error('The web app is not built: run `npm run build -w web` (npm test does it).');
  const viewport = options.viewport ?? DESKTOP;
  const phone = viewport.width < 600;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', // npm test finds it (scripts/system-packages.cjs)
    headless: true,
    args: [...ARGS, ...(options.args ?? [])],
    viewport,
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: phone ? 2 : 1,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });

  try {
    await steps(page);
  } catch (error) {
    const file = path.join(RESULTS_DIR, `${name}.png`);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const saved = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot: ${path.relative(ROOT, file)}`,
      (screenshotError: Error) => `No screenshot: ${screenshotError.message}`,
    );
    if (error instanceof Error) {
      const details = `\n\nPage: ${page.url()}\n${saved}${problems.length ? `\nBrowser said:\n  ${problems.join('\n  ')}` : ''}\n`;
      error.message += details;
      // Jest prints the stack, whose text above the first frame is the message as it was thrown.
      if (error.stack) error.stack = error.stack.replace(/\n\s+at /, (frame) => `${details}${frame}`);
    }
    throw error;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
