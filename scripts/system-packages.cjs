// The programs the README's two commands need that npm cannot install: redis-server (npm start without
// REDIS_URL, npm test) and chromium (the browser tests). A missing one is installed with apt-get when
// this process may install packages (root, or sudo without a password); otherwise one sentence says
// what to install. CommonJS so that the .mjs scripts and the jest unit test load the same file.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

// Debian's chromium, or Ubuntu's chromium-browser (a snap behind an apt package).
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The chromium the browser tests launch: CHROMIUM_PATH when set, else the distribution's, else undefined. */
function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CHROMIUM_PATHS.find(isExecutable);
}

const PROGRAMS = {
  'redis-server': {
    present: () => !spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error,
    apt: () => 'redis-server',
    brew: '"brew install redis"',
  },
  chromium: {
    present: () => chromiumPath() !== undefined,
    apt: (system) => (system.distribution === 'ubuntu' ? 'chromium-browser' : 'chromium'),
    brew: '"brew install --cask chromium" (then set CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium)',
  },
};

function list(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * What to do about the `missing` programs on `system` ({ platform, distribution, hasAptGet, isRoot,
 * canSudo, chromiumPathSet }): { apt: command prefix, packages } when apt-get may run, else { message },
 * one sentence that ends with `otherwise` when given (another way out, e.g. "or set REDIS_URL").
 */
function plan(missing, system, purpose, otherwise) {
  const again = `then run it again${otherwise ? ` (${otherwise})` : ''}.`;
  const needs = `${purpose} needs ${list(missing)}`;
  const them = missing.length < 2 ? 'it' : 'them';
  if (system.chromiumPathSet && missing.includes('chromium')) {
    return { message: `${needs}: CHROMIUM_PATH is set but is not an executable; point it at chromium or unset it.` };
  }
  const packages = missing.map((name) => PROGRAMS[name].apt(system));
  if (system.platform === 'linux' && system.hasAptGet) {
    if (system.isRoot) return { apt: [], packages };
    if (system.canSudo) return { apt: ['sudo', '-n'], packages };
    return { message: `${needs}: install ${them} with "sudo apt-get install -y ${packages.join(' ')}", ${again}` };
  }
  if (system.platform === 'darwin') {
    return { message: `${needs}: install ${them} with ${list(missing.map((name) => PROGRAMS[name].brew))}, ${again}` };
  }
  const where = missing.includes('chromium') ? ` (and set CHROMIUM_PATH to chromium's executable)` : '';
  return { message: `${needs}: install ${them} with your system's package manager${where}, ${again}` };
}

function currentSystem() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasAptGet = process.platform === 'linux' && !spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).error;
  let distribution = '';
  try {
    distribution = /^ID=(.*)$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1].replace(/"/g, '') ?? '';
  } catch {
    // not a Linux with os-release: apt-get is not used there either
  }
  return {
    platform: process.platform,
    distribution,
    hasAptGet,
    isRoot,
    canSudo: !isRoot && hasAptGet && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    chromiumPathSet: Boolean(process.env.CHROMIUM_PATH),
  };
}

function aptGet(prefix, args) {
  // apt's own output is shown only when it fails; the lock timeout lets two runs install in turn.
  const [command, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-q', '-y', '-o', 'DPkg::Lock::Timeout=300', ...args];
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.status !== 0) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`);
  return result.status === 0;
}

/**
 * Makes sure the programs `names` (keys of PROGRAMS) are there before `purpose` ("npm test") goes on,
 * installing the missing ones when it may. Returns false, after one sentence, when they are not.
 * `otherwise` names another way out in that sentence.
 */
function ensurePrograms(names, purpose, otherwise) {
  const missing = names.filter((name) => !PROGRAMS[name].present());
  if (!missing.length) return true;
  const next = plan(missing, currentSystem(), purpose, otherwise);
  if (next.message) {
    console.error(next.message);
    return false;
  }
  console.log(`Installing ${list(next.packages)} with apt-get: ${purpose} needs ${missing.length < 2 ? 'it' : 'them'}.`);
  const installed = aptGet(next.apt, ['update']) && aptGet(next.apt, ['install', ...next.packages]);
  const still = missing.filter((name) => !PROGRAMS[name].present());
  if (installed && !still.length) return true;
  console.error(`${purpose} needs ${list(still.length ? still : missing)}, and apt-get could not install ${still.length === 1 ? 'it' : 'them'} (its output is above).`);
  return false;
}

module.exports = { ensurePrograms, plan, chromiumPath };
