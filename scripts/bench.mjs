// npm run bench -- <name> [args…]: runs scripts/bench/<name>.mjs; with no name, lists them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.mjs';

const dir = path.join(ROOT, 'scripts', 'bench');
const available = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.mjs'))
  .map((file) => file.replace(/\.mjs$/, ''))
  .sort();
const [name, ...args] = process.argv.slice(2);

if (!name || !available.includes(name)) {
  if (name) console.error(`There is no benchmark called "${name}".\n`);
  console.log('Usage: npm run bench -- <name> [options]\n\nBenchmarks:');
  for (const bench of available) {
    const firstLine = fs.readFileSync(path.join(dir, `${bench}.mjs`), 'utf8').split('\n')[0].replace(/^\/\/\s*/, '');
    console.log(`  ${bench.padEnd(20)} ${firstLine}`);
  }
  process.exit(name ? 1 : 0);
}

const result = spawnSync(process.execPath, [path.join(dir, `${name}.mjs`), ...args], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
