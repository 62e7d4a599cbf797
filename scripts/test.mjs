// npm test: installs redis-server (and chromium for the browser tests) when they are missing and it may,
// builds what is stale, then runs jest with the arguments given (`npm test -- tests/api/x.test.ts` runs one suite).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build, ROOT } from './build.mjs';
import { ensurePrograms, chromiumPath } from './system-packages.cjs';

const args = process.argv.slice(2);
// Named suites that are all API or unit suites need no browser; anything else may reach tests/e2e.
const named = args.filter((arg) => !arg.startsWith('-'));
const browserFree = named.length > 0 && named.every((arg) => /(^|\/)tests\/(api|unit)(\/|$)/.test(arg));

if (!ensurePrograms(browserFree ? ['redis-server'] : ['redis-server', 'chromium'], 'npm test')) process.exit(1);

if (!build()) process.exit(1);

const browser = chromiumPath();
const jest = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...args], {
  cwd: ROOT,
  stdio: 'inherit',
  env: browser ? { ...process.env, CHROMIUM_PATH: browser } : process.env,
});
// Ctrl-C reaches jest too; wait for it to stop the servers it started.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
jest.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
