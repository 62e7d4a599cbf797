// Requests per second and latency of one GraphQL query against a running server (npm start first).
// Options: --url http://localhost:4000 --query '{ me { id } }' --token <bearer> --connections 20 --seconds 10
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BENCH_URL ?? 'http://localhost:4000' },
    query: { type: 'string', default: '{ me { id } }' },
    token: { type: 'string' },
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
  },
});

const endpoint = `${values.url.replace(/\/$/, '')}/graphql`;
const body = JSON.stringify({ query: values.query });
const headers = { 'content-type': 'application/json', ...(values.token ? { authorization: `Bearer ${values.token}` } : {}) };
const deadline = Date.now() + Number(values.seconds) * 1000;
const latencies = [];
let failures = 0;

async function client() {
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const res = await fetch(endpoint, { method: 'POST', headers, body });
      const json = await res.json();
      if (!res.ok || json.errors) failures++;
    } catch {
      failures++;
    }
    latencies.push(performance.now() - started);
  }
}

console.log(`POST ${endpoint} with ${values.connections} connections for ${values.seconds} s: ${values.query}`);
const started = performance.now();
await Promise.all(Array.from({ length: Number(values.connections) }, client));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (p) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
console.log(`requests: ${latencies.length} (${(latencies.length / elapsed).toFixed(0)}/s), failed: ${failures}`);
console.log(`latency ms: p50 ${at(50)}  p95 ${at(95)}  p99 ${at(99)}  max ${at(100)}`);
