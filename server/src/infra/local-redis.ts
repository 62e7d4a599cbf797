import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from './free-port';
import type { LocalService } from './embedded-postgres';
import type { Logger } from './logger';

export class MissingRedisError extends Error {
  constructor() {
    super(
      'No REDIS_URL is set and no redis-server is on the PATH. Install one ' +
        '(Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) ' +
        'or set REDIS_URL to a Redis 6.2+ server.',
    );
  }
}

/**
 * A private redis-server from the PATH, supervised as our child: it listens on loopback only,
 * keeps its append-only file under `dir`, and stops when we stop.
 */
export async function startLocalRedis(dir: string, log: Logger): Promise<LocalService> {
  if (spawnSync('redis-server', ['--version']).error) throw new MissingRedisError();
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-server exited with code ${code}: ${output.trim().slice(-500)}`)));
  });
  // --loglevel warning hides the ready line on some versions, so also poll the port.
  await Promise.race([ready, waitForPort(port)]);
  child.stdout.removeAllListeners('data');
  child.stderr.on('data', (chunk) => log.warn({ service: 'redis' }, chunk.toString().trim()));
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', stopOnExit);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForPort(port: number): Promise<void> {
  const net = await import('node:net');
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not open port ${port}`);
}
