import crypto from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import zlib from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { adminToken } from '../support/accounts';
import { dataOf, errorOf, graph, serverUrl, type GraphError } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { startServer, type RunningServer } from '../support/processes';
import { TestRedis } from '../support/test-redis';

/** Everything a caller could learn about our internals from an error. */
function expectNoInternals(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|exception|\bat .+\.(js|ts):\d+|node_modules|dist\//i);
}

/** Runs one operation over graphql-ws and returns its errors (or data). */
function overWebsocket(wsUrl: string, query: string): Promise<{ errors?: readonly GraphError[]; data?: unknown }> {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  return new Promise((resolve, reject) => {
    let result: { errors?: readonly GraphError[]; data?: unknown } = {};
    client.subscribe(
      { query },
      {
        next: (value) => (result = value as typeof result),
        error: (err) => (Array.isArray(err) ? resolve({ errors: err as GraphError[] }) : reject(err)),
        complete: () => resolve(result),
      },
    );
  }).finally(() => client.dispose()) as Promise<{ errors?: readonly GraphError[]; data?: unknown }>;
}

async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const usersPage = 'users(first: 100) { edges { node { id email name role status createdAt lastSignInAt } } totalCount pageInfo { hasNextPage endCursor } }';

describe('metrics', () => {
  it('exposes request and operation timings, pool use and process metrics after a request', async () => {
    const probe = `OpsProbe${crypto.randomUUID().replace(/-/g, '').slice(0, 8)}`;
    expect((await graph(`query ${probe} { me { id } }`)).status).toBe(200);
    const unknownPath = `/graphql/nothing-${crypto.randomUUID()}`;
    expect((await fetch(`${serverUrl()}${unknownPath}`)).status).toBe(404);

    const res = await fetch(`${serverUrl()}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^# TYPE matchday_http_request_duration_seconds histogram$/m);
    expect(text).toMatch(/^matchday_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/m);
    expect(text).toMatch(/^# TYPE matchday_graphql_operation_duration_seconds histogram$/m);
    expect(text).toMatch(new RegExp(`^matchday_graphql_operation_duration_seconds_count\\{operation="${probe}",type="query"\\} 1$`, 'm'));
    expect(text).toMatch(/^matchday_db_pool_connections [1-9]/m);
    expect(text).toMatch(/^matchday_db_pool_idle_connections \d+/m);
    expect(text).toMatch(/^matchday_db_pool_waiting_queries \d+/m);
    for (const state of ['QUEUED', 'ACTIVE', 'COMPLETED', 'FAILED', 'CANCELLED']) {
      expect(text).toMatch(new RegExp(`^matchday_jobs\\{state="${state}"\\} \\d+`, 'm'));
    }
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    // Labels are route templates: a raw path never becomes one.
    expect(text).not.toContain(unknownPath);
  });

  it('labels unnamed operations anonymous', async () => {
    await graph('{ me { id } }');
    const text = await (await fetch(`${serverUrl()}/metrics`)).text();
    expect(text).toMatch(/^matchday_graphql_operation_duration_seconds_count\{operation="anonymous",type="query"\} [1-9]/m);
  });
});

describe('request ids', () => {
  it('gives every response an X-Request-Id', async () => {
    const res = await fetch(`${serverUrl()}/healthz`);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("echoes a caller's sane id and replaces one that is not", async () => {
    const mine = `trace-${crypto.randomUUID()}`;
    expect((await graph('{ me { id } }', {}, { headers: { 'x-request-id': mine } })).headers.get('x-request-id')).toBe(mine);
    const hostile = 'evil\tid with spaces <script>';
    const replaced = (await graph('{ me { id } }', {}, { headers: { 'x-request-id': hostile } })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GraphQL request bodies', () => {
  /** A POST to /graphql written by hand: chunked (no Content-Length) unless the caller sets one. */
  function rawPost(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${url}/graphql`, { method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('reads a gzip-compressed body', async () => {
    const body = zlib.gzipSync(JSON.stringify({ query: '{ me { id } }' }));
    const res = await rawPost(serverUrl(), body, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res).toEqual({ status: 200, text: expect.any(String) });
    expect(JSON.parse(res.text)).toEqual({ data: { me: null }, extensions: { cost: { requested: 2, actual: 1, budget: expect.objectContaining({ capacity: 40000, restorePerSecond: 2000 }) } } });
  });

  it('refuses an oversized body that comes without a Content-Length, and one that only inflates past the limit', async () => {
    const big = Buffer.from(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(110 * 1024)}` }));
    const message = { errors: [{ message: 'The request body is larger than the limit of 100kb.', extensions: { code: 'BAD_REQUEST' } }] };
    const chunked = await rawPost(serverUrl(), big, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.text)).toEqual(message);
    const bomb = await rawPost(serverUrl(), zlib.gzipSync(big), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(bomb.status).toBe(413);
    expect(JSON.parse(bomb.text)).toEqual(message);
  });

  it('refuses a charset other than utf-8 and an unknown content encoding with 415', async () => {
    const body = Buffer.from(JSON.stringify({ query: '{ me { id } }' }));
    const latin1 = await rawPost(serverUrl(), body, { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect(JSON.parse(latin1.text).errors[0].message).toBe('The request body uses a character set this server does not accept (use utf-8).');
    const zstd = await rawPost(serverUrl(), body, { 'content-type': 'application/json', 'content-encoding': 'zstd' });
    expect(zstd.status).toBe(415);
    expect(JSON.parse(zstd.text).errors[0].message).toBe('The request body uses a content encoding this server does not accept.');
  });

  it('answers a JSON value that is not an object as unreadable JSON', async () => {
    const res = await postRaw(serverUrl(), '"{ me { id } }"');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors[0].message).toBe('The request body is not valid JSON.');
  });

  it('runs a query sent with GET', async () => {
    const res = await fetch(`${serverUrl()}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null }, extensions: { cost: { requested: 2, actual: 1, budget: expect.objectContaining({ capacity: 40000, restorePerSecond: 2000 }) } } });
  });
});

describe('abusive documents (default limits)', () => {
  it('refuses a document that costs too much, naming the cost and the limit', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `page${i}: ${usersPage}`).join('\n');
    const result = await graph(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.data).toBeNull();
    const error = errorOf(result);
    expect(error.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', limit: 'cost', actual: 32525, max: 20000 });
    expect(error.message).toBe('Query is too costly: 32525 (limit 20000). Ask for smaller pages (first) or fewer fields.');
  });

  it('counts a page without first as 20 items and a variable page as the largest page', async () => {
    // Each page costs 1 + size × 13: 16 default pages (16 × 261) fit, 16 pages of a variable size (16 × 1301) do not.
    const pages = (args: string) => Array.from({ length: 16 }, (_, i) => `p${i}: ${usersPage.replace('users(first: 100)', `users${args}`)}`).join(' ');
    const fits = await graph(`{ ${pages('')} }`);
    expect(errorOf(fits).extensions?.code).toBe('UNAUTHENTICATED'); // validated, then run
    const refused = await graph(`query Pages($n: Int) { ${pages('(first: $n)')} }`, { n: 1 });
    expect(errorOf(refused).message).toBe('Query is too costly: 20816 (limit 20000). Ask for smaller pages (first) or fewer fields.');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `me${i}: me { id }`).join(' ');
    const error = errorOf(await graph(`{ ${aliases} }`));
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('Query uses too many aliases: 31 (limit 30).');
  });

  it('answers the full standard introspection query', async () => {
    const result = await graph(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(result.errors).toBeUndefined();
    const types = (result.data as { __schema: { types: { name: string }[] } }).__schema.types.map((t) => t.name);
    expect(types).toEqual(expect.arrayContaining(['Query', 'User', 'UserConnection']));
  });

  it('still refuses introspection that recurses through types', async () => {
    const result = await graph('{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }');
    expect(errorOf(result).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('applies the same limits over websockets', async () => {
    const wsUrl = `${serverUrl().replace(/^http/, 'ws')}/graphql`;
    const aliases = Array.from({ length: 31 }, (_, i) => `me${i}: me { id }`).join(' ');
    const result = await overWebsocket(wsUrl, `{ ${aliases} }`);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Query uses too many aliases: 31 (limit 30).',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await overWebsocket(wsUrl, '{ me { id } }')).toEqual({ data: { me: null } });
  });

  it('refuses batched requests unless GRAPHQL_BATCHING is on', async () => {
    const res = await postRaw(serverUrl(), JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers a body over the limit with 413 and JSON', async () => {
    const res = await postRaw(serverUrl(), JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(110 * 1024)}` }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(res.text)).toEqual({
      errors: [{ message: 'The request body is larger than the limit of 100kb.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('abusive documents (limits lowered by settings)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '1', GRAPHQL_BATCHING: 'true', BODY_LIMIT: '2kb' });
  });
  afterAll(() => server?.stop());

  it('refuses a document nested deeper than GRAPHQL_MAX_DEPTH', async () => {
    const result = await graph('query Deep { auditLog { edges { node { actor { id } } } } }', {}, { url: server.url });
    expect(result.status).toBe(400);
    expect(errorOf(result)).toMatchObject({ message: 'Query is too deep: 5 levels (limit 4).', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const viaFragment = await graph('query Deep { auditLog { ...Entries } } fragment Entries on AuditEntryConnection { edges { node { actor { id } } } }', {}, { url: server.url });
    expect(errorOf(viaFragment).message).toBe('Query is too deep: 5 levels (limit 4).');
  });

  it('refuses a deep subscription document over websockets', async () => {
    const result = await overWebsocket(server.wsUrl, 'query Deep { auditLog { edges { node { actor { id } } } } }');
    expect(result.errors?.[0]?.message).toBe('Query is too deep: 5 levels (limit 4).');
  });

  it('counts aliases inside fragments', async () => {
    const result = await graph('{ a: me { ...Ids } } fragment Ids on User { b: id }', {}, { url: server.url });
    expect(errorOf(result).message).toBe('Query uses too many aliases: 2 (limit 1).');
  });

  it('answers batched requests when GRAPHQL_BATCHING is on', async () => {
    const res = await postRaw(server.url, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ a: me { id } }' }]));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual([
      { data: { me: null }, extensions: { cost: expect.objectContaining({ requested: 2, actual: 1 }) } },
      { data: { a: null }, extensions: { cost: expect.objectContaining({ requested: 2, actual: 1 }) } },
    ]);
  });

  it('names BODY_LIMIT in the 413', async () => {
    const res = await postRaw(server.url, JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(3000)}` }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).errors[0].message).toBe('The request body is larger than the limit of 2kb.');
  });
});

describe('errors carry no internals', () => {
  it('answers a document that does not parse with a message and a code only', async () => {
    const result = await graph('{ me { id ');
    expect(result.status).toBe(400);
    expect(errorOf(result).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expectNoInternals(result);
  });

  it('answers an invalid document with a message and a code only', async () => {
    const result = await graph('{ me { password } }');
    expect(errorOf(result).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expectNoInternals(result);
  });

  it('answers unreadable JSON with a JSON 400 that does not quote the body', async () => {
    const res = await postRaw(serverUrl(), '{"query": "{ me { id } }", secret-token-123');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(res.text).not.toContain('secret-token-123');
  });

  it.each(['/graphql/anything', '/webhooks/nobody', '/downloads/nothing.csv', '/metrics/more'])('answers unknown %s with a JSON 404', async (route) => {
    const res = await fetch(`${serverUrl()}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: 'There is nothing at this address.', extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('a server whose resolvers fail', () => {
  let isolated: IsolatedServer;
  let db: Client;
  let token: string;

  beforeAll(async () => {
    // NODE_ENV=production: the shutdown path and error hiding exactly as deployed.
    isolated = await startIsolatedServer({ NODE_ENV: 'production' });
    db = new Client({ connectionString: isolated.databaseUrl });
    await db.connect();
    token = await adminToken(isolated.server.url);
  });

  afterAll(async () => {
    await db?.end();
    await isolated?.stop();
  });

  it('hides a failing resolver behind a generic message (no SQL, no stack)', async () => {
    const server = isolated.server;
    const before = dataOf(await graph<{ auditLog: { totalCount: number } }>('{ auditLog { totalCount } }', {}, { url: server.url, token }));
    expect(before.auditLog.totalCount).toBeGreaterThanOrEqual(0);
    // Arrange a failure the code cannot foresee: the table is gone.
    await db.query('ALTER TABLE audit_entries RENAME TO audit_entries_elsewhere');
    const result = await graph('{ auditLog { totalCount } }', {}, { url: server.url, token });
    expect(errorOf(result)).toEqual({
      message: 'Something went wrong on our side. It has been logged.',
      locations: [{ line: 1, column: 3 }],
      path: ['auditLog'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/audit_entries|relation|SELECT/i);
    expectNoInternals(result);
    // The same over websockets, where Apollo's error formatting does not reach.
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    const viaWs = await new Promise<unknown>((resolve, reject) =>
      client.subscribe({ query: '{ auditLog { totalCount } }' }, { next: resolve, error: reject, complete: () => undefined }),
    );
    await client.dispose();
    expect(JSON.stringify(viaWs)).not.toMatch(/audit_entries|relation|SELECT/i);
    expect((viaWs as { errors: GraphError[] }).errors[0]).toMatchObject({ message: 'Something went wrong on our side. It has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    await db.query('ALTER TABLE audit_entries_elsewhere RENAME TO audit_entries');
  });

  it('drains on SIGTERM: a request in flight is answered, websockets are closed, and it exits 0', async () => {
    const server = isolated.server;
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.once('message', () => resolve()); // connection_ack
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    // A request the server is already handling (it answered 100 Continue) whose body comes after the signal.
    const body = JSON.stringify({ query: '{ me { id } }' });
    const inFlight = http.request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), expect: '100-continue' },
    });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.flushHeaders();
    await once(inFlight, 'continue');

    const exited = server.stop('SIGTERM');
    expect(await closed).toBe(1001); // "going away"
    inFlight.end(body);
    const answered = await answer;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { me: null }, extensions: { cost: expect.objectContaining({ requested: 2, actual: 1 }) } });
    expect(await exited).toBe(0);
  });
});

describe('readiness', () => {
  it('answers /readyz with 503 naming redis when Redis is down, and still shuts down cleanly', async () => {
    const redis = await TestRedis.start();
    const server = await startServer({ REDIS_URL: redis.url });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      await redis.stop();
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; problems: string[] };
      expect(body.status).toBe('unavailable');
      expect(body.problems).toEqual([expect.stringMatching(/^redis /)]);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200); // alive, just not ready
      // Exits even though Redis is gone (a stuck shutdown step is given up on after 15 s).
      expect(await server.stop('SIGTERM')).toBe(0);
    } finally {
      await server.stop('SIGKILL');
      await redis.destroy();
    }
  });
});

describe('settings', () => {
  it('stops a server with a bad setting with one sentence naming it', async () => {
    const failure = await startServer({ GRAPHQL_MAX_DEPTH: 'deep' }).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(failure).toContain('Matchday cannot start: GRAPHQL_MAX_DEPTH must be a whole number of at least 1 (got "deep").');
    expect(failure).not.toMatch(/\n\s+at /);
  });
});
