// npm run bench:import: a generated CSV of BENCH_ROWS (default 1,000,000) rows, uploaded to the
// production build and imported by a separate worker process; prints rows/s and the worker's peak RSS.
import fs from 'node:fs';
import path from 'node:path';
import { API_NODE_FLAGS } from '../api-node-flags.mjs';
import { cpuSeconds, ensureBuild, freePort, ROOT, startProcess, startStack, watchRss } from './stack.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

const AREA_CODES = [415, 212, 312, 617, 512, 206, 305, 702];

/** name,email,phone,zip,interests; one row in 200 is bad, one in 100 repeats an earlier person. */
async function generateCsv(file) {
  const out = fs.createWriteStream(file);
  out.write('name,email,phone,zip,interests\n');
  let chunk = '';
  for (let i = 1; i <= ROWS; i++) {
    const n = i % 100 === 0 ? i - 50 : i; // a duplicate of a row 50 lines up
    const exchange = 200 + (Math.floor(n / 10_000) % 800);
    const phone = `(${AREA_CODES[Math.floor(n / 8_000_000) % AREA_CODES.length]}) ${exchange}-${String(n % 10_000).padStart(4, '0')}`;
    const email = i % 200 === 7 ? 'not-an-email' : `fan${n}@import.example`;
    chunk += `Import Fan ${n},${email},${phone},${String(10_000 + (n % 89_999))},\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((r) => out.once('finish', r));
}

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

ensureBuild();
const stack = await startStack('import');
try {
  const file = path.join(stack.dir, 'leads.csv');
  console.log(`Generating ${ROWS.toLocaleString('en-US')} rows…`);
  await generateCsv(file);
  const size = fs.statSync(file).size;
  console.log(`  ${(size / 1024 / 1024).toFixed(1)} MB`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-0123456789',
    DATABASE_URL: stack.databaseUrl,
    REDIS_URL: stack.redisUrl,
    DATA_DIR: path.join(stack.dir, 'data'),
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    RATE_LIMITS: 'off',
    DEMO_DATA: 'false',
    ADMIN_EMAIL: 'admin@bench.example',
    ADMIN_PASSWORD: 'bench-admin-password',
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'warn',
  };
  const api = await startProcess(path.join(ROOT, 'server/dist/main.js'), env, `${url}/readyz`, API_NODE_FLAGS);
  const profileArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'tmp', 'profiles')}`] : [];
  const worker = await startProcess(path.join(ROOT, 'server/dist/worker.js'), { ...env, PORT: '0' }, null, profileArgs);
  const rss = watchRss(worker.child.pid);
  try {
    const { signIn } = await gql(url, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
      input: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
    });
    const token = signIn.accessToken;

    const uploadStarted = Date.now();
    const form = new FormData();
    form.append('file', await fs.openAsBlob(file, { type: 'text/csv' }), 'leads.csv');
    const res = await fetch(`${url}/uploads/leads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 201) throw new Error(`Upload failed: ${res.status} ${await res.text()}`);
    const { uploadId } = await res.json();
    const uploadSeconds = (Date.now() - uploadStarted) / 1000;

    const started = Date.now();
    const cpuBefore = { worker: cpuSeconds(worker.child.pid), postgres: cpuSeconds(stack.postgresPid()) };
    const { startLeadImport } = await gql(
      url,
      'mutation ($input: LeadImportInput!) { startLeadImport(input: $input) { id } }',
      { input: { uploadId, mapping: { name: 0, email: 1, phone: 2, zip: 3, interests: 4 } } },
      token,
    );
    let job;
    for (;;) {
      ({ job } = await gql(url, 'query ($id: ID!) { job(id: $id) { state processed total message error } }', { id: startLeadImport.id }, token));
      if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(job.state)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - started) / 1000;
    const cpu = { worker: cpuSeconds(worker.child.pid) - cpuBefore.worker, postgres: cpuSeconds(stack.postgresPid()) - cpuBefore.postgres };
    console.log('');
    console.log(`Upload     ${(size / 1024 / 1024).toFixed(1)} MB in ${uploadSeconds.toFixed(1)} s`);
    console.log(`Import     ${job.state}: ${job.message ?? job.error}`);
    console.log(`           ${job.processed.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s = ${Math.round(job.processed / seconds).toLocaleString('en-US')} rows/s`);
    console.log(`Worker     peak RSS ${(rss.peak() / 1024 / 1024).toFixed(0)} MB`);
    // Where the 2 cores went during the import (job polling by this script and the API is the small rest).
    console.log(`CPU        worker ${cpu.worker.toFixed(1)} s, Postgres ${cpu.postgres.toFixed(1)} s (wall ${seconds.toFixed(1)} s)`);
    if (job.state !== 'COMPLETED') process.exitCode = 1;
  } finally {
    rss.stop();
    await worker.stop();
    await api.stop();
  }
} finally {
  await stack.stop();
}
