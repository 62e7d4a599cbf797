// Builds the server (server/dist) and the web app (web/dist) when they are missing or older than
// anything they are built from. `node scripts/build.mjs --force` (npm run build) builds both regardless;
// `node scripts/build.mjs server` builds only the server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TARGETS = [
  {
    workspace: 'server',
    output: 'server/dist/main.js',
    sources: ['server/src', 'server/tsconfig.json', 'server/package.json', 'package-lock.json'],
  },
  {
    workspace: 'web',
    output: 'web/dist/index.html',
    sources: ['web/src', 'web/index.html', 'web/explorer.html', 'web/public', 'web/vite.config.ts', 'web/tsconfig.json', 'web/package.json', 'schema.graphql', 'codegen.ts', 'package-lock.json'],
  },
];

/** The newest modification time under `entry` (a file or a directory), or 0 when it does not exist. */
function newest(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file shows only as a newer directory
  for (const name of fs.readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

function isStale({ output, sources }) {
  const built = newest(path.join(ROOT, output));
  return built === 0 || sources.some((source) => newest(path.join(ROOT, source)) > built);
}

/** Returns false when a build failed (its output is already on the terminal). */
export function build({ force = false, only = [] } = {}) {
  for (const target of TARGETS) {
    if (only.length && !only.includes(target.workspace)) continue;
    if (target.workspace === 'web' && !fs.existsSync(path.join(ROOT, 'web', 'index.html'))) {
      console.log('No web app to build yet (web/index.html is missing); the server will serve the API only.');
      continue;
    }
    if (!force && !isStale(target)) continue;
    console.log(`Building ${target.workspace}…`);
    const result = spawnSync('npm', ['run', 'build', '--silent', '-w', target.workspace], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`\nThe ${target.workspace} build failed (see above).`);
      return false;
    }
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const only = args.filter((arg) => !arg.startsWith('--'));
  const unknown = only.filter((name) => !TARGETS.some((target) => target.workspace === name));
  if (unknown.length) {
    console.error(`Unknown build target: ${unknown.join(', ')} (known: ${TARGETS.map((t) => t.workspace).join(', ')}).`);
    process.exit(2);
  }
  process.exit(build({ force: args.includes('--force'), only }) ? 0 : 1);
}
