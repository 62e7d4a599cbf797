import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST as an integrator's server received it. */
export interface ReceivedWebhook {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; createdAt: string; data: Record<string, any> };
}

export type ReceiverMode = 'ok' | 'error' | 'hang';

export interface WebhookReceiver {
  /** The base URL; endpoints are registered as `${url}/<name>`. */
  url: string;
  received: ReceivedWebhook[];
  at(path: string): ReceivedWebhook[];
  /** How the receiver answers from now on: 200, 500, or never (until release). */
  mode(path: string, mode: ReceiverMode): void;
  /** Answers every request left hanging with 200. */
  release(): void;
  /** Stops listening (downtime); start() listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A local stand-in for an integrator's server that receives Matchday's webhooks. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const modes = new Map<string, ReceiverMode>();
  const hanging: http.ServerResponse[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body, event: JSON.parse(body) });
      const mode = modes.get(path) ?? 'ok';
      if (mode === 'hang') return void hanging.push(res);
      res.statusCode = mode === 'ok' ? 200 : 500;
      res.end(mode === 'ok' ? 'thanks' : 'broken');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    at: (path) => received.filter((r) => r.path === path),
    mode: (path, mode) => void modes.set(path, mode),
    release: () => {
      for (const res of hanging.splice(0)) res.end('late thanks');
    },
    stop: async () => {
      for (const res of hanging.splice(0)) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
  };
}
