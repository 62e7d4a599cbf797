// Summarises a V8 .cpuprofile (node --cpu-prof): where the self time goes, by package and by function.
// Usage: node scripts/bench/profile-summary.mjs file.cpuprofile [top]
import fs from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const top = Number(topArg ?? 25);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const pkgOf = (url) => {
  if (!url) return '(native/v8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/server/dist/')) return 'matchday';
  if (url.startsWith('node:')) return 'node core';
  return url;
};
const byPkg = new Map();
const byFn = new Map();
for (const [id, t] of self) {
  const { callFrame } = byId.get(id);
  const pkg = callFrame.functionName === '(idle)' ? '(idle)' : callFrame.functionName === '(garbage collector)' ? '(gc)' : pkgOf(callFrame.url);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  const fn = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const busy = total - (byPkg.get('(idle)') ?? 0);
const pct = (t, of) => `${((100 * t) / of).toFixed(1).padStart(5)}%`;
console.log(`Total ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s`);
console.log('\nSelf time by package (share of busy time):');
for (const [pkg, t] of [...byPkg].filter(([p]) => p !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t, busy)}  ${pkg}`);
console.log('\nSelf time by function:');
for (const [fn, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t, busy)}  ${fn}`);

// With a function name as the third argument: the call paths that spend the most time in it.
const focus = process.argv[4];
if (focus) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const paths = new Map();
  for (const [id, t] of self) {
    if (byId.get(id).callFrame.functionName !== focus) continue;
    const chain = [];
    for (let p = parent.get(id); p !== undefined && chain.length < 12; p = parent.get(p)) {
      const f = byId.get(p).callFrame;
      chain.push(`${f.functionName || '(anonymous)'}@${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`);
    }
    const key = chain.join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + t);
  }
  console.log(`\nWhere ${focus} is called from:`);
  for (const [key, t] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${pct(t, busy)}  ${key}`);
}
